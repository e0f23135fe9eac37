<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DatabaseBusyDialog</name>
    <message>
        <location filename="../../ree_desk/gui/dialogs/database_busy.py" line="113"/>
        <source>Who is writing it could not be read (its lock note is empty or damaged).</source>
        <translation>无法读出是谁在写入（锁文件中的说明为空或已损坏）。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/database_busy.py" line="115"/>
        <source>Who: {user} on computer {host}</source>
        <translation>使用者：{user}，计算机 {host}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/database_busy.py" line="116"/>
        <source>Program: {program} (process {pid})</source>
        <translation>程序：{program}（进程 {pid}）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/database_busy.py" line="117"/>
        <source>Since: {since}</source>
        <translation>开始时间：{since}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/database_busy.py" line="131"/>
        <source>Waiting for the other program to finish… {n} s left</source>
        <translation>正在等待另一个程序完成……还剩 {n} 秒</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/database_busy.py" line="134"/>
        <source>Still being written after {n} s. Wait again, open it read-only, or cancel.</source>
        <translation>等了 {n} 秒，仍在写入。可以再等，以只读方式打开，或取消。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/database_busy.py" line="139"/>
        <source>Stop waiting</source>
        <translation>停止等待</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/database_busy.py" line="139"/>
        <source>&amp;Wait</source>
        <translation>等待(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/database_busy.py" line="148"/>
        <source>{file} is being written by another program</source>
        <translation>{file} 正由另一个程序写入</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/database_busy.py" line="150"/>
        <source>Open &amp;read-only</source>
        <translation>以只读方式打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/database_busy.ui" line="14"/>
        <source>The database is in use</source>
        <translation>数据库正在使用中</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/database_busy.ui" line="52"/>
        <source>Only one program writes a database at a time, so that no figure is written twice. Meanwhile you can open it read-only: everything can be looked at, searched and exported, but nothing can be posted or changed. Or wait until the other program is done.</source>
        <translation>同一时间只能有一个程序写入数据库，以免数据被重复记入。在此期间可以以只读方式打开：可以查看、查询和导出，但不能记账或修改任何内容。也可以等待另一个程序完成。</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../ree_desk/gui/lock_sentences.py" line="14"/>
        <source>{0} is being written by {1}; try again when it is done</source>
        <translation>{0} 正由{1}写入；请等其完成后再试</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/lock_sentences.py" line="16"/>
        <source>{0} is open for reading only: {1} was writing it when it was opened; nothing was written</source>
        <translation>{0} 以只读方式打开：打开时{1}正在写入；未写入任何内容</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/lock_sentences.py" line="19"/>
        <source>{0} is open for reading only; nothing was written</source>
        <translation>{0} 以只读方式打开；未写入任何内容</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/lock_sentences.py" line="22"/>
        <source>{0} needs its schema brought up to date ({1} to {2}), which cannot be done while {3} is writing it; try again when it is done</source>
        <translation>{0} 的数据库结构需要升级（{1} 升至 {2}），但{3}正在写入，无法升级；请等其完成后再试</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/lock_sentences.py" line="26"/>
        <source>{0} on computer {1} (process {2}, {3}) since {4}</source>
        <translation>{0}（计算机 {1}，进程 {2}，{3}，自 {4} 起）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/lock_sentences.py" line="28"/>
        <source>{0} on computer {1} (process {2}) since {3}</source>
        <translation>{0}（计算机 {1}，进程 {2}，自 {3} 起）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/lock_sentences.py" line="30"/>
        <source>another program (who, could not be read)</source>
        <translation>另一个程序（无法读出是谁）</translation>
    </message>
</context>
<context>
    <name>ReadOnlyNotice</name>
    <message>
        <location filename="../../ree_desk/gui/widgets/read_only_notice.py" line="31"/>
        <source>{title} — Read-only</source>
        <translation>{title} — 只读</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/read_only_notice.py" line="36"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/read_only_notice.py" line="38"/>
        <source>Read-only — held by {who}</source>
        <translation>只读 — 占用者：{who}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/read_only_notice.py" line="39"/>
        <source>Nothing can be posted or changed here while another program writes this database.</source>
        <translation>另一个程序正在写入此数据库，此处不能记账或修改任何内容。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/read_only_notice.py" line="41"/>
        <source>Open for writing</source>
        <translation>以可写方式打开</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/read_only_notice.py" line="42"/>
        <source>Open the database again for writing, if the other program is done</source>
        <translation>如另一个程序已完成，重新以可写方式打开数据库</translation>
    </message>
</context>
</TS>
