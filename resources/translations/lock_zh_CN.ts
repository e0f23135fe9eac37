<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
</TS>
