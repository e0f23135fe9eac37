<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Backups</name>
    <message>
        <location filename="../../ree_desk/gui/daily_backup.py" line="13"/>
        <source>Backed up to {path}</source>
        <translation>已备份至 {path}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/daily_backup.py" line="14"/>
        <source>Backed up to {path} and to the second place, {second}</source>
        <translation>已备份至 {path}，并已复制到第二存放位置 {second}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/daily_backup.py" line="15"/>
        <source>Backed up to {path} only: {problem}</source>
        <translation>仅备份至 {path}：{problem}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/daily_backup.py" line="16"/>
        <source>The daily backup could not be made</source>
        <translation>每日备份未能完成</translation>
    </message>
</context>
<context>
    <name>CopiesBox</name>
    <message>
        <location filename="../../ree_desk/gui/screens/settings_copies.py" line="54"/>
        <source>No second place: copies are kept only beside the database.</source>
        <translation>未设置第二存放位置：备份只保存在数据库旁。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/settings_copies.py" line="56"/>
        <source>Second place: {folder} · not reachable now ({why})</source>
        <translation>第二存放位置：{folder} · 目前无法访问（{why}）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/settings_copies.py" line="61"/>
        <source>Second place: {folder} · {n} copies there, the newest {when}</source>
        <translation>第二存放位置：{folder} · 存有 {n} 份备份，最新一份 {when}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/settings_copies.py" line="63"/>
        <source>Second place: {folder} · no copy there yet</source>
        <translation>第二存放位置：{folder} · 尚无备份</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/settings_copies.py" line="71"/>
        <source>A second place for copies (a USB disk or a network share)</source>
        <translation>备份的第二存放位置（U 盘、移动硬盘或网络共享文件夹）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/settings_copies.py" line="77"/>
        <source>The second place was not kept</source>
        <translation>第二存放位置未能保存</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/settings_copies.py" line="97"/>
        <source>The last copy went to the second place too: {path}</source>
        <translation>最近一次备份也已复制到第二存放位置：{path}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/settings_copies.py" line="99"/>
        <source>The last copy is only beside the database.</source>
        <translation>最近一次备份只保存在数据库旁。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/settings_copies.py" line="101"/>
        <source>The last copy is only beside the database: {problem}</source>
        <translation>最近一次备份只保存在数据库旁：{problem}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/settings_copies.py" line="114"/>
        <location filename="../../ree_desk/gui/screens/settings_copies.py" line="156"/>
        <source>Restore from a copy</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/settings_copies.py" line="115"/>
        <source>REE Desk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>REE Desk 数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/settings_copies.py" line="121"/>
        <location filename="../../ree_desk/gui/screens/settings_copies.py" line="191"/>
        <source>The database was not restored</source>
        <translation>数据库未恢复</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/settings_copies.py" line="127"/>
        <location filename="../../ree_desk/gui/screens/settings_copies.py" line="167"/>
        <source>Checking the copy…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/settings_copies.py" line="128"/>
        <source>Restoring the database</source>
        <translation>正在恢复数据库</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/settings_copies.py" line="147"/>
        <source>none yet (an older schema; it is made when the copy is opened)</source>
        <translation>暂无（旧版数据库结构；打开时生成）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/settings_copies.py" line="149"/>
        <source>Put this copy in place of the database?

Copy: {file}
Made: {made}
Enterprise: {enterprise}
Movements: {movements}
Chain head: {head}

It is checked first. The database open now is kept beside it as {kept}, and REE Desk reopens on the restored database.</source>
        <translation>用此备份替换当前数据库？

备份：{file}
备份时间：{made}
企业：{enterprise}
流水条数：{movements}
哈希链头：{head}

恢复前会先检查备份。当前打开的数据库将以 {kept} 的名称保留在原文件夹中，随后 REE Desk 会打开恢复后的数据库。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/settings_copies.py" line="164"/>
        <source>Copying the copy beside the database…</source>
        <translation>正在将备份复制到数据库所在文件夹…</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/settings_copies.py" line="165"/>
        <source>Checking the chain of the movements…</source>
        <translation>正在检查流水的哈希链…</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/settings_copies.py" line="166"/>
        <source>Checking the closing balances…</source>
        <translation>正在检查期末结存…</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/settings_copies.py" line="182"/>
        <source>The database it replaced is kept as {path}.</source>
        <translation>被替换的数据库已保留为 {path}。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/settings_copies.py" line="184"/>
        <source>The database was restored</source>
        <translation>数据库已恢复</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/settings_copies.py" line="185"/>
        <source>Restored from {copy} ({movements} movements); checked. {kept}</source>
        <translation>已从 {copy} 恢复（{movements} 条流水），并已检查。{kept}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/settings_copies.py" line="204"/>
        <source>A ledger on the server is restored by its administrator: ree-desk --db COPY migrate-to into an empty database</source>
        <translation>服务器上的台账由服务器管理员恢复：用 ree-desk --db 副本 migrate-to 迁入一个空数据库</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../ree_desk/gui/backup_sentences.py" line="13"/>
        <source>the disk holding {0} is full; nothing was written</source>
        <translation>{0} 所在的磁盘已满；未写入任何内容</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/backup_sentences.py" line="15"/>
        <source>cannot write in {0} (read-only); nothing was written</source>
        <translation>无法写入 {0}（只读）；未写入任何内容</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/backup_sentences.py" line="17"/>
        <source>the disk holding {0} could not be written ({1}); nothing was written</source>
        <translation>{0} 所在的磁盘无法写入（{1}）；未写入任何内容</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/backup_sentences.py" line="20"/>
        <source>the second place for copies, {0}, was not reachable ({1})</source>
        <translation>备份的第二存放位置 {0} 无法访问（{1}）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/backup_sentences.py" line="22"/>
        <source>no copy could be made in the second place for copies, {0}: {1}</source>
        <translation>未能在备份的第二存放位置 {0} 生成备份：{1}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/backup_sentences.py" line="23"/>
        <source>it does not exist</source>
        <translation>该文件夹不存在</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/backup_sentences.py" line="24"/>
        <source>it is not a folder</source>
        <translation>它不是文件夹</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/backup_sentences.py" line="25"/>
        <source>it cannot be written</source>
        <translation>没有写入权限</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/backup_sentences.py" line="27"/>
        <source>{0} is where the copies are kept already; choose a folder on another disk</source>
        <translation>{0} 已是备份的存放位置；请选择另一块磁盘上的文件夹</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/backup_sentences.py" line="30"/>
        <source>cannot restore from {0}: {1}; nothing was changed</source>
        <translation>无法从 {0} 恢复：{1}；未作任何更改</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/backup_sentences.py" line="31"/>
        <source>there is no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/backup_sentences.py" line="32"/>
        <source>it is the database itself</source>
        <translation>它就是当前数据库本身</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/backup_sentences.py" line="33"/>
        <source>it is not an SQLite database file</source>
        <translation>它不是 SQLite 数据库文件</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/backup_sentences.py" line="35"/>
        <source>not a REE Desk database: it has no schema version</source>
        <translation>不是 REE Desk 数据库：没有数据库结构版本</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/backup_sentences.py" line="37"/>
        <source>not a REE Desk database: it has no {0} table</source>
        <translation>不是 REE Desk 数据库：缺少 {0} 表</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/backup_sentences.py" line="39"/>
        <source>it was written by a newer REE Desk (schema {0}); this program knows schemas up to {1}</source>
        <translation>它由更新版本的 REE Desk 写入（数据库结构版本 {0}），本程序只支持到 {1} 版本</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/backup_sentences.py" line="41"/>
        <source>it is damaged ({0})</source>
        <translation>文件已损坏（{0}）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/backup_sentences.py" line="42"/>
        <source>it changed while it was read</source>
        <translation>读取期间文件发生了变化</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/backup_sentences.py" line="43"/>
        <source>it does not verify: {0}</source>
        <translation>校验未通过：{0}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/backup_sentences.py" line="45"/>
        <source>{0} is open in another program; close it there first</source>
        <translation>{0} 正被另一个程序打开；请先在该程序中关闭</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/backup_sentences.py" line="47"/>
        <source>movement {0}: {1}</source>
        <translation>流水 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/backup_sentences.py" line="48"/>
        <source>movements: {0}</source>
        <translation>流水：{0}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/backup_sentences.py" line="49"/>
        <source>audit event {0}: {1}</source>
        <translation>审计事件 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/backup_sentences.py" line="50"/>
        <source>origin shares of movement {0}: {1}</source>
        <translation>流水 {0} 的来源份额：{1}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/backup_sentences.py" line="51"/>
        <source>closing balance of lot {0}: {1}</source>
        <translation>批次 {0} 的期末结存：{1}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/backup_sentences.py" line="52"/>
        <source>origin shares kept for lot {0}: {1}</source>
        <translation>批次 {0} 的原产国构成（程序自存）：{1}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/backup_sentences.py" line="54"/>
        <source>year-end balance kept for lot {0}: {1}</source>
        <translation>批次 {0} 的年末结存（程序自存）：{1}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/backup_sentences.py" line="55"/>
        <source>the file is damaged: {0}</source>
        <translation>文件已损坏：{0}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/backup_sentences.py" line="56"/>
        <source>has no chain value</source>
        <translation>缺少哈希链值</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/backup_sentences.py" line="59"/>
        <source>does not match the chain: this row, or the one before it, was changed, added or removed behind the program&apos;s back</source>
        <translation>与哈希链不符：此行或其前一行曾在程序之外被修改、添加或删除</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/backup_sentences.py" line="62"/>
        <source>does not match the chain: this event, or the one before it, was changed, added or removed</source>
        <translation>与哈希链不符：此事件或其前一事件曾被修改、添加或删除</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/backup_sentences.py" line="65"/>
        <source>is not among the movements of any posting in the audit trail</source>
        <translation>不属于审计日志中任何一次过账的流水</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/backup_sentences.py" line="67"/>
        <source>posting of audit event {0} wrote {1} movements ({2}–{3}); the ledger holds {4} of them</source>
        <translation>审计事件 {0} 的过账写入了 {1} 条流水（{2}–{3}）；台账中只有其中 {4} 条</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/backup_sentences.py" line="70"/>
        <source>is not the chain head that audit event {0} recorded</source>
        <translation>不是审计事件 {0} 记录的哈希链头</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/backup_sentences.py" line="72"/>
        <source>the origin shares of movements {0}–{1} are not those audit event {2} recorded</source>
        <translation>流水 {0}–{1} 的来源份额与审计事件 {2} 的记录不符</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/backup_sentences.py" line="75"/>
        <source>lot {0} at the end of {1}: stored {2} g ({3} g REO), the ledger gives {4} g ({5} g REO)</source>
        <translation>批次 {0} 在 {1} 月末：存储的结存为 {2} g（REO {3} g），按台账应为 {4} g（REO {5} g）</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../ui/screens/settings.ui" line="38"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.ui" line="51"/>
        <source>Enterprise profile</source>
        <translation>企业信息</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.ui" line="66"/>
        <source>Enterprise &amp;name:</source>
        <translation>企业名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.ui" line="83"/>
        <source>Credit c&amp;ode:</source>
        <translation>统一社会信用代码(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.ui" line="118"/>
        <source>&amp;Save profile</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.ui" line="125"/>
        <source>&amp;Undo changes</source>
        <translation>撤销修改(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.ui" line="148"/>
        <source>Printed on every monthly report. Changes are recorded in the audit log; reports already written keep the profile they were made with.</source>
        <translation>企业信息会打印在每期月度报表上。修改会记入审计日志；已生成的报表保留生成时的信息。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.ui" line="170"/>
        <source>Display</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.ui" line="185"/>
        <source>Mass &amp;unit:</source>
        <translation>重量单位(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.ui" line="202"/>
        <source>Kilograms (kg)</source>
        <translation>千克 (kg)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.ui" line="207"/>
        <source>Tonnes (t)</source>
        <translation>吨 (t)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.ui" line="215"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.ui" line="232"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.ui" line="259"/>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.ui" line="294"/>
        <source>One file holds the whole ledger. REE Desk copies it, checked, on the first start of each day and before a month is closed or reopened, and keeps the newest 30 copies in the folder shown above. Keep that folder with the enterprise&apos;s backups too.</source>
        <translation>整个台账保存在一个文件中。REE Desk 每天首次启动时、以及每次月结或反结账之前都会复制一份并校验，保留最近 30 份于上方所示文件夹。请同时将该文件夹纳入企业的日常备份。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.ui" line="309"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.ui" line="312"/>
        <source>Create a database for an enterprise</source>
        <translation>为企业创建新的数据库</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.ui" line="319"/>
        <source>O&amp;pen…</source>
        <translation>打开(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.ui" line="322"/>
        <source>Open another REE Desk database file</source>
        <translation>打开另一个 REE Desk 数据库文件</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.ui" line="329"/>
        <source>Open the &amp;demo</source>
        <translation>打开演示数据库(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.ui" line="332"/>
        <source>A sample plant to look around or to train; built the first time</source>
        <translation>虚拟企业的示例数据，用于熟悉程序或培训；首次打开时生成</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.ui" line="339"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.ui" line="342"/>
        <source>Copy the database now, checked, into its backup folder</source>
        <translation>立即复制数据库并校验，存入其备份文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.ui" line="384"/>
        <source>Copies elsewhere and restoring</source>
        <translation>异地备份与恢复</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.ui" line="419"/>
        <source>A second place (a folder on a USB disk or a network share) gets a copy of every backup whenever it can be reached, so that one failed disk does not take the ledger and its copies together. Restoring puts a checked copy in place of the database; the database it replaces is kept beside it.</source>
        <translation>第二存放位置（U 盘、移动硬盘或网络共享上的文件夹）在可访问时会收到每一份备份，这样一块磁盘损坏不会让台账和备份同时丢失。恢复会用检查过的备份替换数据库；被替换的数据库保留在它旁边。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.ui" line="434"/>
        <source>&amp;Second place…</source>
        <translation>第二存放位置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.ui" line="437"/>
        <source>Choose a folder on a USB disk or a network share for a second copy of every backup</source>
        <translation>选择 U 盘、移动硬盘或网络共享上的文件夹，用于存放每份备份的第二份副本</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.ui" line="444"/>
        <source>Stop using it</source>
        <translation>停止使用</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.ui" line="447"/>
        <source>Make copies only beside the database from now on</source>
        <translation>今后只在数据库旁保存备份</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.ui" line="454"/>
        <source>&amp;Restore from a copy…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.ui" line="457"/>
        <source>Put a checked copy in place of the database, keeping the database it replaces</source>
        <translation>用检查过的备份替换数据库，并保留被替换的数据库</translation>
    </message>
</context>
</TS>
