<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="20"/>
        <source>Posting</source>
        <translation>过账</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="21"/>
        <source>Reversal</source>
        <translation>冲销</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="22"/>
        <source>Month closed</source>
        <translation>月份结账</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="23"/>
        <source>Month reopened</source>
        <translation>月份重开</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="24"/>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="25"/>
        <source>Report and close</source>
        <translation>报表并结账</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="26"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="27"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="28"/>
        <source>Quota added</source>
        <translation>新增配额</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="29"/>
        <source>Quota corrected</source>
        <translation>更正配额</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="30"/>
        <source>Database created</source>
        <translation>创建数据库</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="31"/>
        <source>Material added</source>
        <translation>新增物料</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="32"/>
        <source>Enterprise profile</source>
        <translation>企业信息</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="33"/>
        <source>Sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="34"/>
        <location filename="../../ree_desk/gui/audit_words.py" line="97"/>
        <source>Sign-in refused</source>
        <translation>登录被拒</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="35"/>
        <location filename="../../ree_desk/gui/audit_words.py" line="98"/>
        <source>Account added</source>
        <translation>新增账户</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="36"/>
        <location filename="../../ree_desk/gui/audit_words.py" line="99"/>
        <source>Account changed</source>
        <translation>修改账户</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="37"/>
        <source>Ledger check</source>
        <translation>台账校验</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="38"/>
        <source>Hash chain begun</source>
        <translation>启用哈希链</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="40"/>
        <source>Ledger copied in</source>
        <translation>台账迁入</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="41"/>
        <source>Postings</source>
        <translation>过账</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="42"/>
        <source>Flagged exceptions</source>
        <translation>带标记的例外</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="43"/>
        <source>Reversals</source>
        <translation>冲销</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="44"/>
        <source>Quota changes</source>
        <translation>配额变更</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="45"/>
        <source>Months closed and reopened</source>
        <translation>月份结账与重开</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="46"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="47"/>
        <source>Settings and accounts</source>
        <translation>设置与账户</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="48"/>
        <source>Sign-ins</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="49"/>
        <source>Backups and restores</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="50"/>
        <source>Ledger checks</source>
        <translation>台账校验</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="52"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="56"/>
        <source>{action}</source>
        <translation>{action}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="57"/>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="58"/>
        <source>{flagged} flagged</source>
        <translation>{flagged} 笔已标记</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="59"/>
        <source>accepted: {reason}</source>
        <translation>确认原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="60"/>
        <source>reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="61"/>
        <source>note: {note}</source>
        <translation>备注：{note}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="62"/>
        <source>Entered one movement by hand</source>
        <translation>手工录入 1 笔流水</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="63"/>
        <source>Entered {rows} movements by hand</source>
        <translation>手工录入 {rows} 笔流水</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="64"/>
        <source>Posted one movement from the entry grid</source>
        <translation>从录入表格过账 1 笔流水</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="65"/>
        <source>Posted {rows} movements from the entry grid</source>
        <translation>从录入表格过账 {rows} 笔流水</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="66"/>
        <source>Posted the stocktake of {day}: one adjustment</source>
        <translation>过账 {day} 的盘点：1 笔调整</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="67"/>
        <source>Posted the stocktake of {day}: {rows} adjustments</source>
        <translation>过账 {day} 的盘点：{rows} 笔调整</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="68"/>
        <source>Built the demo&apos;s {month}: {rows} movements</source>
        <translation>生成演示数据 {month}：{rows} 笔流水</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="69"/>
        <source>Posted one movement from {source}</source>
        <translation>从 {source} 过账 1 笔流水</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="70"/>
        <source>Posted {rows} movements from {source}</source>
        <translation>从 {source} 过账 {rows} 笔流水</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="71"/>
        <source>Reversed movement No. {movement} by No. {reversal}</source>
        <translation>以第 {reversal} 号冲销第 {movement} 号流水</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="72"/>
        <source>Closed {month}</source>
        <translation>{month} 已结账</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="73"/>
        <source>{lots} lot balances stored</source>
        <translation>保存 {lots} 个批号的月末结存</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="74"/>
        <source>one lot balance stored</source>
        <translation>保存 1 个批号的月末结存</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="75"/>
        <source>Reopened {month}</source>
        <translation>{month} 已重开</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="76"/>
        <source>Made the report for {month} and closed the month: {movements} movements</source>
        <translation>生成 {month} 报表并结账：{movements} 笔流水</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="77"/>
        <source>Made the report for {month}: {movements} movements</source>
        <translation>生成 {month} 报表：{movements} 笔流水</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="78"/>
        <source>checksum {checksum}</source>
        <translation>校验值 {checksum}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="79"/>
        <source>files: {files}</source>
        <translation>文件：{files}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="80"/>
        <source>Daily copy of the database: {file}</source>
        <translation>每日数据库备份：{file}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="81"/>
        <source>Copy of the database made on request: {file}</source>
        <translation>手动数据库备份：{file}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="82"/>
        <source>Copy of the database before closing {month}: {file}</source>
        <translation>{month} 结账前的数据库备份：{file}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="83"/>
        <source>Copy of the database before reopening {month}: {file}</source>
        <translation>{month} 重开前的数据库备份：{file}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="84"/>
        <source>Copy of the database: {file}</source>
        <translation>数据库备份：{file}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="85"/>
        <source>Ledger copied in from {source}, {movements} movements, checked against it</source>
        <translation>台账由 {source} 迁入，共 {movements} 笔流水，已与原台账核对一致</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="85"/>
        <source>Quota added: {year} {kind}, {scope}, batch {batch}, {tonnes} t REO</source>
        <translation>新增配额：{year} 年{kind}，{scope}，第 {batch} 批，{tonnes} 吨 REO</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="86"/>
        <source>document {document}</source>
        <translation>下达文件 {document}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="87"/>
        <source>Quota allocation No. {id} ({year} {kind}) corrected</source>
        <translation>更正第 {id} 号配额（{year} 年{kind}）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="88"/>
        <source>{before} → {after} t REO</source>
        <translation>{before} → {after} 吨 REO</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="89"/>
        <source>batch {before} → {after}</source>
        <translation>批次 {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="90"/>
        <source>scope {before} → {after}</source>
        <translation>来源范围 {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="91"/>
        <source>document {before} → {after}</source>
        <translation>下达文件 {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="92"/>
        <source>Database created for {enterprise} ({credit_code})</source>
        <translation>为 {enterprise}（{credit_code}）创建数据库</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="93"/>
        <source>{materials} materials in the catalogue</source>
        <translation>物料目录 {materials} 种</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="94"/>
        <source>Material added: {code} {name_zh} / {name_en}</source>
        <translation>新增物料：{code} {name_zh} / {name_en}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="95"/>
        <source>Enterprise profile changed from {old_name} ({old_code}) to {new_name} ({new_code})</source>
        <translation>企业信息由 {old_name}（{old_code}）改为 {new_name}（{new_code}）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="96"/>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="100"/>
        <source>Database restored from a copy</source>
        <translation>已从备份恢复数据库</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="101"/>
        <source>Ledger checked</source>
        <translation>已校验台账</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/audit_words.py" line="102"/>
        <source>Hash chain begun over the {rows} movements already in the ledger</source>
        <translation>对台账中已有的 {rows} 笔流水启用哈希链</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../ree_desk/gui/models/audit_model.py" line="51"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/audit_model.py" line="52"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/audit_model.py" line="53"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/audit_model.py" line="54"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/audit_model.py" line="55"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/audit_model.py" line="215"/>
        <source>Recorded with warnings accepted</source>
        <translation>已确认警告并记账</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../ree_desk/gui/screens/audit.py" line="143"/>
        <source>All events</source>
        <translation>全部事件</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/audit.py" line="144"/>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/audit.py" line="200"/>
        <source>Searching…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/audit.py" line="214"/>
        <source>The audit log could not be read</source>
        <translation>无法读取审计日志</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/audit.py" line="227"/>
        <source>Events: {count}</source>
        <translation>共 {count} 条事件</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/audit.py" line="229"/>
        <source>{count} · filtered</source>
        <translation>{count} · 已筛选</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/audit.py" line="264"/>
        <source>No. {id} · {at} · {user} · {action} ({code})</source>
        <translation>第 {id} 号 · {at} · {user} · {action}（{code}）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/audit.py" line="267"/>
        <source>Recorded:</source>
        <translation>记录内容：</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/audit.py" line="279"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/audit.py" line="279"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/audit.py" line="280"/>
        <source>Export the filtered events</source>
        <translation>导出筛选出的事件</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/audit.py" line="309"/>
        <source>Exporting to {path}…</source>
        <translation>正在导出到 {path}…</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/audit.py" line="326"/>
        <source>Events exported: {count}, to {path}</source>
        <translation>已导出 {count} 条事件到 {path}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/audit.py" line="331"/>
        <source>Export cancelled.</source>
        <translation>已取消导出。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/audit.py" line="334"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.ui" line="40"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.ui" line="92"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.ui" line="102"/>
        <source>File, month, reason, lot or any other part of an event; a number finds that event (Ctrl+F)</source>
        <translation>文件、月份、原因、批号或事件的任何内容；输入编号可查找该事件（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.ui" line="112"/>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.ui" line="132"/>
        <source>First day of the period</source>
        <translation>期间的第一天</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.ui" line="152"/>
        <source>Last day of the period</source>
        <translation>期间的最后一天</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.ui" line="165"/>
        <source>Show every event again</source>
        <translation>重新显示全部事件</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.ui" line="168"/>
        <source>&amp;Clear filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.ui" line="182"/>
        <source>&amp;Events:</source>
        <translation>事件(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.ui" line="205"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.ui" line="286"/>
        <source>The selected event as recorded</source>
        <translation>选中事件的原始记录</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.ui" line="295"/>
        <source>Select an event to see everything recorded with it.</source>
        <translation>选中一条事件，可查看随它记录的全部内容。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.ui" line="334"/>
        <source>Cancel export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.ui" line="341"/>
        <source>Write the filtered events to an xlsx or CSV file (Ctrl+E)</source>
        <translation>将筛选出的事件写入 xlsx 或 CSV 文件（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.ui" line="344"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>LedgerCheck</name>
    <message>
        <location filename="../../ree_desk/gui/ledger_check.py" line="33"/>
        <source>Checking the ledger…</source>
        <translation>正在校验台账…</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/ledger_check.py" line="34"/>
        <source>Checking the ledger… {percent} %</source>
        <translation>正在校验台账… {percent}%</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/ledger_check.py" line="35"/>
        <source>Ledger verified</source>
        <translation>台账校验通过</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/ledger_check.py" line="36"/>
        <source>Ledger check failed: {where}</source>
        <translation>台账校验失败：{where}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/ledger_check.py" line="37"/>
        <source>The ledger could not be checked</source>
        <translation>无法校验台账</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/ledger_check.py" line="38"/>
        <source>{where}: {what}</source>
        <translation>{where}：{what}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/ledger_check.py" line="42"/>
        <source>movement {id}</source>
        <translation>流水 {id}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/ledger_check.py" line="43"/>
        <source>origin shares of movement {id}</source>
        <translation>流水 {id} 的原产国占比</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/ledger_check.py" line="44"/>
        <source>audit event {id}</source>
        <translation>审计事件 {id}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/ledger_check.py" line="45"/>
        <source>closing balance of lot record {id}</source>
        <translation>批号记录 {id} 的月末结存</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/ledger_check.py" line="46"/>
        <source>year-end balance kept for lot record {id}</source>
        <translation>批号记录 {id} 的年末结存（程序自存）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/ledger_check.py" line="47"/>
        <source>origin shares kept for lot record {id}</source>
        <translation>批号记录 {id} 的原产国构成（程序自存）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/ledger_check.py" line="48"/>
        <source>database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/ledger_check.py" line="54"/>
        <source>the file is damaged: {0}</source>
        <translation>文件已损坏：{0}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/ledger_check.py" line="55"/>
        <source>has no chain value</source>
        <translation>缺少哈希链值</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/ledger_check.py" line="58"/>
        <source>does not match the chain: this row, or the one before it, was changed, added or removed behind the program&apos;s back</source>
        <translation>与哈希链不符：这一行或它的前一行在程序之外被修改、添加或删除</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/ledger_check.py" line="61"/>
        <source>is not among the movements of any posting in the audit trail</source>
        <translation>不属于审计记录中任何一次过账</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/ledger_check.py" line="63"/>
        <source>does not match the chain: this event, or the one before it, was changed, added or removed</source>
        <translation>与哈希链不符：这条事件或它的前一条被修改、添加或删除</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/ledger_check.py" line="66"/>
        <source>posting of audit event {0} wrote {1} movements ({2}–{3}); the ledger holds {4} of them</source>
        <translation>审计事件 {0} 的过账写入了 {1} 笔流水（{2}–{3}）；台账中只有其中 {4} 笔</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/ledger_check.py" line="69"/>
        <source>is not the chain head that audit event {0} recorded</source>
        <translation>不是审计事件 {0} 记录的哈希链末端</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/ledger_check.py" line="71"/>
        <source>the origin shares of movements {0}–{1} are not those audit event {2} recorded</source>
        <translation>流水 {0}–{1} 的原产国占比与审计事件 {2} 的记录不符</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/ledger_check.py" line="74"/>
        <source>REO made into lot {0} from {1}: kept {2} g, the ledger gives {3} g</source>
        <translation>批次 {0} 来自 {1} 的产出氧化物：存 {2} 克，台账为 {3} 克</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/ledger_check.py" line="77"/>
        <source>lot {0} at the end of {1}: stored {2} g ({3} g REO), the ledger gives {4} g ({5} g REO)</source>
        <translation>批号 {0} 在 {1} 月末：保存的结存为 {2} g（REO {3} g），按台账应为 {4} g（REO {5} g）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/ledger_check.py" line="196"/>
        <source>Click to see what the check found</source>
        <translation>点击查看校验发现的问题</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/ledger_check.py" line="204"/>
        <source>Ledger check</source>
        <translation>台账校验</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/ledger_check.py" line="211"/>
        <source>The ledger is not what REE Desk wrote: it was changed behind the program&apos;s back, or the file is damaged. Keep this file as it is and restore the latest good copy.</source>
        <translation>台账与稀土台账程序写入的内容不符：它在程序之外被修改，或文件已损坏。请原样保留此文件，并恢复最近一份完好的备份。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/ledger_check.py" line="215"/>
        <source>…and {n} more</source>
        <translation>…另有 {n} 项</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/ledger_check.py" line="219"/>
        <source>Show movement {id}</source>
        <translation>查看流水 {id}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/ledger_check.py" line="221"/>
        <source>Show the audit log</source>
        <translation>查看审计日志</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ree_desk/gui/screens/audit.py" line="47"/>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
</context>
</TS>
