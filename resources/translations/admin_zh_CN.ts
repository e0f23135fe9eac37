<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CreditCode</name>
    <message>
        <location filename="../../ree_desk/gui/dialogs/first_run.py" line="34"/>
        <source>18 characters, as on the business licence</source>
        <translation>18 位，与营业执照上一致</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/first_run.py" line="37"/>
        <source>{n} of 18 characters</source>
        <translation>已输入 {n} / 18 位</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/first_run.py" line="43"/>
        <source>✗ Not a valid credit code: {reason}</source>
        <translation>✗ 统一社会信用代码无效：{reason}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/first_run.py" line="47"/>
        <source>✓ Valid credit code</source>
        <translation>✓ 统一社会信用代码有效</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ree_desk/gui/dialogs/first_run.py" line="105"/>
        <source>Connect…</source>
        <translation>连接…</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/first_run.py" line="107"/>
        <source>Create the database</source>
        <translation>创建数据库</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/first_run.py" line="107"/>
        <source>Open the demo</source>
        <translation>打开演示数据库</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/first_run.py" line="112"/>
        <source>Where to keep the database</source>
        <translation>数据库保存位置</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/first_run.py" line="113"/>
        <source>REE Desk database (*.sqlite3)</source>
        <translation>REE Desk 数据库 (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/first_run.py" line="134"/>
        <source>{path} already exists. Choose another file name, or open it from Settings once REE Desk runs.</source>
        <translation>{path} 已存在。请换一个文件名；如要使用该文件，可在程序启动后从“设置”中打开。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/first_run.py" line="143"/>
        <source>Creating the database…</source>
        <translation>正在创建数据库…</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/first_run.py" line="161"/>
        <source>Building the demo database…</source>
        <translation>正在生成演示数据库…</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/first_run.py" line="161"/>
        <source>Opening the demo…</source>
        <translation>正在打开演示数据库…</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/first_run.py" line="219"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/first_run.py" line="220"/>
        <source>A new database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/first_run.py" line="221"/>
        <source>Create a database for an enterprise, or open the demo. The database open now stays as it is.</source>
        <translation>为企业创建一个新的数据库，或打开演示数据库。当前打开的数据库不会有任何改动。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.ui" line="14"/>
        <source>REE Desk</source>
        <translation>REE Desk 稀土台账</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.ui" line="41"/>
        <source>Welcome to REE Desk</source>
        <translation>欢迎使用 REE Desk 稀土台账</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.ui" line="48"/>
        <source>REE Desk keeps the enterprise&apos;s rare-earth product-flow ledger, its quotas and its monthly reports. Start with the enterprise&apos;s own database, connect to the one the plant&apos;s workstations share on its server, or look around in the demo first.</source>
        <translation>REE Desk 用于记录企业的稀土产品流向台账、管理配额并生成月度报表。您可以直接创建本企业的数据库，连接工厂各工作站在服务器上共用的数据库，也可以先打开演示数据库熟悉一下。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.ui" line="58"/>
        <source>&amp;Create the enterprise&apos;s database</source>
        <translation>创建本企业的数据库(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.ui" line="97"/>
        <source>Enterprise &amp;name:</source>
        <translation>企业名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.ui" line="110"/>
        <source>As on the business licence</source>
        <translation>与营业执照上的名称一致</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.ui" line="117"/>
        <source>Credit c&amp;ode:</source>
        <translation>统一社会信用代码(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.ui" line="130"/>
        <source>Unified social credit code, 18 characters</source>
        <translation>18 位统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.ui" line="147"/>
        <source>Database &amp;file:</source>
        <translation>数据库文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.ui" line="162"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.ui" line="177"/>
        <source>Open the &amp;demo database</source>
        <translation>打开演示数据库(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.ui" line="189"/>
        <source>A sample smelting-separation plant with a year of receipts, production, shipments, quotas and closed months, to look around or to train. It is built on this computer the first time, in a few seconds.</source>
        <translation>一家虚拟的冶炼分离企业，含一年的入库、生产、出库、配额和已结账月份，可用于熟悉程序或培训。首次打开时在本机生成，只需几秒钟。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.ui" line="202"/>
        <source>Connect to the plant&apos;s &amp;server</source>
        <translation>连接工厂服务器(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.ui" line="214"/>
        <source>Where several workstations share one ledger on the plant&apos;s PostgreSQL server. The server&apos;s administrator gives you its address, the database&apos;s name and your user name.</source>
        <translation>多台工作站在工厂的 PostgreSQL 服务器上共用一本台账时选此项。服务器管理员会告诉您服务器地址、数据库名和您的用户名。</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../ree_desk/gui/models/import_preview_model.py" line="26"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/import_preview_model.py" line="27"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/import_preview_model.py" line="28"/>
        <source>Material</source>
        <translation>物料代码</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/import_preview_model.py" line="29"/>
        <source>Lot</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/import_preview_model.py" line="30"/>
        <source>Mass (kg)</source>
        <translation>净重(kg)</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/import_preview_model.py" line="31"/>
        <source>Grade (%)</source>
        <translation>品位(%)</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/import_preview_model.py" line="32"/>
        <source>Origin</source>
        <translation>原产国</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/import_preview_model.py" line="33"/>
        <source>Origin detail</source>
        <translation>产地</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/import_preview_model.py" line="34"/>
        <source>Counterparty</source>
        <translation>往来单位</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/import_preview_model.py" line="35"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/import_preview_model.py" line="36"/>
        <source>Customs no.</source>
        <translation>报关单号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/import_preview_model.py" line="37"/>
        <source>Invoice no.</source>
        <translation>发票号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/import_preview_model.py" line="38"/>
        <source>Run</source>
        <translation>生产批次</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/import_preview_model.py" line="39"/>
        <source>Destination</source>
        <translation>目的国</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/import_preview_model.py" line="40"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/import_preview_model.py" line="54"/>
        <source>Warning: expected {expected}; found {found}.</source>
        <translation>警告 — 应为：{expected}；实际：{found}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/import_preview_model.py" line="56"/>
        <source>Expected {expected}; found {found}.</source>
        <translation>应为：{expected}；实际：{found}</translation>
    </message>
</context>
<context>
    <name>ImportScreen</name>
    <message>
        <location filename="../../ree_desk/gui/screens/import_screen.py" line="46"/>
        <location filename="../../ree_desk/gui/screens/import_screen.py" line="121"/>
        <source>Reading the file</source>
        <translation>正在读取文件</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/import_screen.py" line="47"/>
        <source>Checking the rows</source>
        <translation>正在逐行检查</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/import_screen.py" line="48"/>
        <source>Checking against the ledger</source>
        <translation>正在与台账核对</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/import_screen.py" line="49"/>
        <source>Writing the movements</source>
        <translation>正在写入台账</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/import_screen.py" line="99"/>
        <source>Choose a movement file</source>
        <translation>选择流向数据文件</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/import_screen.py" line="100"/>
        <source>Movement files (*.csv *.xlsx *.xlsm);;All files (*)</source>
        <translation>流向数据文件 (*.csv *.xlsx *.xlsm);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/import_screen.py" line="162"/>
        <source>Accept the warnings</source>
        <translation>确认警告</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/import_screen.py" line="163"/>
        <source>{n} warning(s): negative stock, over quota, or movements the ledger already holds. The rows are recorded as they are and flagged for review.
The manager&apos;s reason:</source>
        <translation>共 {n} 条警告：库存为负、超出配额，或台账中已有相同流水。这些记录将照原样入账，并标记待复核。
请填写主管确认的原因：</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/import_screen.py" line="175"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/import_screen.py" line="156"/>
        <location filename="../../ree_desk/gui/screens/import_screen.py" line="189"/>
        <location filename="../../ree_desk/gui/screens/import_screen.py" line="193"/>
        <source>Nothing was imported</source>
        <translation>未导入任何记录</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/import_screen.py" line="208"/>
        <source>&amp;Import {n} movements</source>
        <translation>导入 {n} 条记录(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/import_screen.py" line="208"/>
        <location filename="../../ui/screens/import_screen.ui" line="216"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/import_screen.py" line="217"/>
        <source>Imported {n} movements from {file}.</source>
        <translation>已从 {file} 导入 {n} 条记录。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/import_screen.py" line="219"/>
        <source>{n} flagged with the reason given.</source>
        <translation>其中 {n} 条已按所填原因标记。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/import_screen.py" line="222"/>
        <source>Choose a file to check it (Ctrl+O).</source>
        <translation>请选择要检查的文件（Ctrl+O）。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/import_screen.py" line="226"/>
        <source>{rows} rows read; {errors} error(s) and {warnings} warning(s). Correct the file and check it again (F5): nothing is imported until every row is right.</source>
        <translation>共读取 {rows} 行，发现 {errors} 处错误、{warnings} 处警告。请修改文件后重新检查（F5）：所有行都正确之前不会导入任何记录。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/import_screen.py" line="230"/>
        <source>{rows} rows ready; {warnings} warning(s) need a manager&apos;s reason to be imported.</source>
        <translation>{rows} 行可以导入；其中 {warnings} 处警告需要填写主管确认的原因。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/import_screen.py" line="232"/>
        <source>{rows} rows checked: all correct, ready to import.</source>
        <translation>已检查 {rows} 行：全部正确，可以导入。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/import_screen.ui" line="38"/>
        <source>Import movements</source>
        <translation>导入流向数据</translation>
    </message>
    <message>
        <location filename="../../ui/screens/import_screen.ui" line="45"/>
        <source>A CSV (UTF-8) or xlsx file with one movement per row, headed in Chinese or English. The file is checked first and shown here with every problem marked; nothing is written until every row is right.</source>
        <translation>支持 CSV（UTF-8）或 xlsx 文件，每行一条流向记录，表头可用中文或英文。文件会先经过检查并在此显示，每个问题都会标出；所有行都正确之前不会写入台账。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/import_screen.ui" line="57"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/import_screen.ui" line="70"/>
        <source>No file chosen</source>
        <translation>尚未选择文件</translation>
    </message>
    <message>
        <location filename="../../ui/screens/import_screen.ui" line="77"/>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/import_screen.ui" line="80"/>
        <source>Choose a CSV or xlsx movement file (Ctrl+O)</source>
        <translation>选择 CSV 或 xlsx 流向数据文件（Ctrl+O）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/import_screen.ui" line="87"/>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/import_screen.ui" line="90"/>
        <source>Read and check the file again after correcting it (F5)</source>
        <translation>修改文件后重新读取并检查（F5）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/import_screen.ui" line="145"/>
        <source>&amp;Problems (click one to go to its cell):</source>
        <translation>问题列表(&amp;P)（点击可定位到对应单元格）：</translation>
    </message>
</context>
<context>
    <name>MonthsModel</name>
    <message>
        <location filename="../../ree_desk/gui/models/months_model.py" line="39"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/months_model.py" line="39"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/months_model.py" line="39"/>
        <source>Due</source>
        <translation>报送截止日</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/months_model.py" line="39"/>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/months_model.py" line="40"/>
        <source>Movements</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/months_model.py" line="68"/>
        <source>Closed</source>
        <translation>已结账</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/months_model.py" line="40"/>
        <source>Report files</source>
        <translation>报表文件</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/months_model.py" line="40"/>
        <source>Closed on</source>
        <translation>结账时间</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/months_model.py" line="69"/>
        <source>Open, overdue</source>
        <translation>未结账，已逾期</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/months_model.py" line="69"/>
        <source>Open</source>
        <translation>未结账</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/months_model.py" line="79"/>
        <source>{day} by {user}</source>
        <translation>{day}（{user}）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/months_model.py" line="83"/>
        <source>none yet</source>
        <translation>尚未生成</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/months_model.py" line="85"/>
        <source>{kinds}, {when}</source>
        <translation>{kinds}，{when}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/months_model.py" line="90"/>
        <source>due today</source>
        <translation>今天截止</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/months_model.py" line="92"/>
        <source>1 day overdue</source>
        <translation>逾期 1 天</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/months_model.py" line="92"/>
        <source>{n} days overdue</source>
        <translation>逾期 {n} 天</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/months_model.py" line="93"/>
        <source>1 day left</source>
        <translation>还剩 1 天</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/months_model.py" line="93"/>
        <source>{n} days left</source>
        <translation>还剩 {n} 天</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ree_desk/gui/screens/reports.py" line="36"/>
        <source>Reports</source>
        <translation>月度报表</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/import_screen.py" line="43"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/settings.py" line="37"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>ProblemListModel</name>
    <message>
        <location filename="../../ree_desk/gui/models/import_preview_model.py" line="181"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/import_preview_model.py" line="181"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/import_preview_model.py" line="181"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/import_preview_model.py" line="181"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/import_preview_model.py" line="194"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/import_preview_model.py" line="194"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>ReopenMonthDialog</name>
    <message>
        <location filename="../../ree_desk/gui/dialogs/reopen_month.py" line="38"/>
        <source>Reopen {month}</source>
        <translation>重新打开 {month}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/reopen_month.py" line="39"/>
        <source>Reopen the month</source>
        <translation>重新打开该月</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reopen_month.ui" line="14"/>
        <source>Reopen a month</source>
        <translation>重新打开已结账月份</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reopen_month.ui" line="36"/>
        <source>Reopening a closed month is a manager&apos;s decision. Its closing balances are dropped, movements may be dated in it again, and its report must be made, checked and filed again. The reason is kept in the audit log.</source>
        <translation>重新打开已结账月份须由主管决定。该月的期末结存将被清除，之后可以再录入该月日期的记录，月度报表须重新生成、核对并报送。原因将记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reopen_month.ui" line="46"/>
        <source>&amp;Reason (required):</source>
        <translation>原因（必填）(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reopen_month.ui" line="59"/>
        <source>For example: supplier&apos;s weighing note for 2026-10-28 corrected; approved by the plant manager</source>
        <translation>例如：供应商更正了 2026-10-28 的过磅单，经厂长批准</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../ree_desk/gui/screens/reports.py" line="294"/>
        <source>Backing up the ledger</source>
        <translation>正在备份台账</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/reports.py" line="106"/>
        <source>The months could not be read</source>
        <translation>无法读取月份列表</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/reports.py" line="128"/>
        <source>Folder for the report files</source>
        <translation>报表文件保存文件夹</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/reports.py" line="149"/>
        <source>Close {month}</source>
        <translation>结账 {month}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/reports.py" line="150"/>
        <source>Make the report of {month} and close the month?

After closing, no movement can be dated in {month}; corrections are posted in an open month. Only a manager can reopen it.</source>
        <translation>生成 {month} 的月度报表并结账？

结账后不能再录入日期在 {month} 的记录，更正须在未结账的月份中录入。只有主管可以重新打开该月。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/reports.py" line="174"/>
        <source>Closing {month}…</source>
        <translation>正在结账 {month}…</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/reports.py" line="174"/>
        <source>Making the report of {month}…</source>
        <translation>正在生成 {month} 的报表…</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/reports.py" line="183"/>
        <source>{month} is closed. Its report: {files}</source>
        <translation>{month} 已结账。报表文件：{files}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/reports.py" line="185"/>
        <source>Report of {month} written: {files}</source>
        <translation>{month} 的报表已生成：{files}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/reports.py" line="200"/>
        <location filename="../../ree_desk/gui/screens/reports.py" line="207"/>
        <source>The report of {month} was not made</source>
        <translation>{month} 的报表未能生成</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/reports.py" line="203"/>
        <source>The report files could not be written</source>
        <translation>无法写入报表文件</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/reports.py" line="204"/>
        <source>{error}

Close the files if they are open in Excel or a PDF viewer, or choose another folder.</source>
        <translation>{error}

如果这些文件正在 Excel 或 PDF 阅读器中打开，请先关闭，或另选一个文件夹。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/reports.py" line="220"/>
        <source>{month} was not reopened</source>
        <translation>{month} 未能重新打开</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/reports.py" line="245"/>
        <source>Not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/reports.py" line="246"/>
        <source>{path} is no longer there. Make the report again.</source>
        <translation>{path} 已不存在，请重新生成报表。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/reports.py" line="260"/>
        <source>Next report: {month}, due {date} ({when})</source>
        <translation>下一期报表：{month}，{date} 前报送（{when}）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/reports.py" line="284"/>
        <source>No report made for {month} yet.</source>
        <translation>{month} 尚未生成报表。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/reports.py" line="286"/>
        <source>Last report of {month}: {when}, by {user} — {files}</source>
        <translation>{month} 最近一次报表：{when}，{user} — {files}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/reports.py" line="290"/>
        <source>Computing the figures</source>
        <translation>正在计算数据</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/reports.py" line="291"/>
        <source>Checking them against the ledger</source>
        <translation>正在与台账核对</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/reports.py" line="292"/>
        <source>Writing the xlsx</source>
        <translation>正在写入 xlsx</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/reports.py" line="293"/>
        <source>Writing the PDF</source>
        <translation>正在写入 PDF</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/reports.py" line="295"/>
        <source>Closing the month</source>
        <translation>正在结账</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/reports.py" line="296"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.ui" line="34"/>
        <source>Monthly reports</source>
        <translation>月度报表</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.ui" line="66"/>
        <source>The report of each month is due on the 10th of the next month. Make the xlsx and PDF, check them, then close the month: no movement can be dated in a closed month.</source>
        <translation>每月报表须在次月 10 日前报送。先生成 xlsx 和 PDF 并核对，再进行月结：已结账的月份不能再录入记录。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.ui" line="78"/>
        <source>Report &amp;folder:</source>
        <translation>报表文件夹(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.ui" line="91"/>
        <source>Not chosen yet: you will be asked when you make the first report</source>
        <translation>尚未选择：首次生成报表时会提示选择</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.ui" line="101"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.ui" line="153"/>
        <source>&amp;Make report</source>
        <translation>生成报表(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.ui" line="156"/>
        <source>Write the month&apos;s xlsx and PDF into the report folder (Enter)</source>
        <translation>将该月的 xlsx 和 PDF 写入报表文件夹（Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.ui" line="166"/>
        <source>Open &amp;xlsx</source>
        <translation>打开 xlsx(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.ui" line="173"/>
        <source>Open &amp;PDF</source>
        <translation>打开 PDF(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.ui" line="180"/>
        <source>Open f&amp;older</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.ui" line="194"/>
        <source>&amp;Close month…</source>
        <translation>月结(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.ui" line="197"/>
        <source>Make the report and close the month, so that nothing more can be dated in it</source>
        <translation>生成报表并结账，此后不能再录入该月日期的记录</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.ui" line="204"/>
        <source>&amp;Reopen month…</source>
        <translation>重新打开(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.ui" line="207"/>
        <source>A manager&apos;s decision, with a reason kept in the audit log</source>
        <translation>须由主管决定，原因记入审计日志</translation>
    </message>
</context>
<context>
    <name>ServerConnectDialog</name>
    <message>
        <location filename="../../ree_desk/gui/dialogs/server_connect.py" line="72"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/server_connect.py" line="87"/>
        <source>The server asks for the password of {user}: {reason}</source>
        <translation>服务器要求输入 {user} 的密码：{reason}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/server_connect.py" line="104"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_connect.ui" line="14"/>
        <source>Connect to the plant&apos;s server</source>
        <translation>连接工厂服务器</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_connect.ui" line="23"/>
        <source>The ledger shared by the plant&apos;s workstations, on its PostgreSQL server. The password is used for this connection only and never written down by REE Desk; the server&apos;s administrator may instead keep it for you in ~/.pgpass.</source>
        <translation>工厂各工作站共用的台账，保存在工厂的 PostgreSQL 服务器上。密码只用于本次连接，REE Desk 不会把它写到任何地方；服务器管理员也可以替您把它保存在 ~/.pgpass 中。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_connect.ui" line="35"/>
        <source>Server &amp;address:</source>
        <translation>服务器地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_connect.ui" line="47"/>
        <source>For example: db.plant.local or 192.168.1.20</source>
        <translation>例如：db.plant.local 或 192.168.1.20</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_connect.ui" line="54"/>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_connect.ui" line="79"/>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_connect.ui" line="89"/>
        <source>For example: ree_desk</source>
        <translation>例如：ree_desk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_connect.ui" line="96"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_connect.ui" line="109"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/server_connect.ui" line="122"/>
        <source>Empty when ~/.pgpass holds it</source>
        <translation>若 ~/.pgpass 中已保存，可留空</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
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
        <location filename="../../ree_desk/gui/screens/settings.py" line="206"/>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/settings.py" line="220"/>
        <source>The database could not be backed up</source>
        <translation>数据库备份失败</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/settings.py" line="226"/>
        <source>Last backup: {when} · {n} kept in {folder}</source>
        <translation>最近备份：{when} · 共保留 {n} 份，位于 {folder}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/settings.py" line="229"/>
        <source>No backup yet; they go to {folder}</source>
        <translation>尚无备份；备份将保存在 {folder}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/settings.py" line="114"/>
        <source>The profile was not saved</source>
        <translation>企业信息未保存</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/settings.py" line="118"/>
        <location filename="../../ree_desk/gui/screens/settings.py" line="251"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/settings.py" line="148"/>
        <source>Open a database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/settings.py" line="149"/>
        <source>REE Desk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>REE Desk 数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/settings.py" line="168"/>
        <source>Building the demo database…</source>
        <translation>正在生成演示数据库…</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/settings.py" line="186"/>
        <source>The demo database could not be built</source>
        <translation>无法生成演示数据库</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/settings.py" line="237"/>
        <source>Open now: {path}</source>
        <translation>当前数据库：{path}</translation>
    </message>
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
</context>
</TS>
