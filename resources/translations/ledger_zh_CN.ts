<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../../ree_desk/gui/models/ledger_model.py" line="69"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/ledger_model.py" line="70"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/ledger_model.py" line="71"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/ledger_model.py" line="72"/>
        <source>Material</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/ledger_model.py" line="73"/>
        <source>Lot</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/ledger_model.py" line="74"/>
        <source>Mass ({unit})</source>
        <translation>净重（{unit}）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/ledger_model.py" line="75"/>
        <source>Grade %</source>
        <translation>品位 %</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/ledger_model.py" line="76"/>
        <source>REO ({unit})</source>
        <translation>REO（{unit}）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/ledger_model.py" line="77"/>
        <source>Origin</source>
        <translation>原产国</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/ledger_model.py" line="78"/>
        <source>Counterparty</source>
        <translation>往来单位</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/ledger_model.py" line="79"/>
        <source>Run</source>
        <translation>生产批次</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/ledger_model.py" line="80"/>
        <source>Customs no.</source>
        <translation>报关单号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/ledger_model.py" line="81"/>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/ledger_model.py" line="82"/>
        <source>Reversal</source>
        <translation>冲销</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/ledger_model.py" line="83"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/ledger_model.py" line="91"/>
        <source>Receipt</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/ledger_model.py" line="92"/>
        <source>Mining output</source>
        <translation>开采产出</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/ledger_model.py" line="93"/>
        <source>Feed</source>
        <translation>冶炼分离投料</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/ledger_model.py" line="94"/>
        <source>Production output</source>
        <translation>产品产出</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/ledger_model.py" line="95"/>
        <source>Shipment</source>
        <translation>出库</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/ledger_model.py" line="96"/>
        <source>Adjustment</source>
        <translation>盘点调整</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/ledger_model.py" line="99"/>
        <source>Negative stock</source>
        <translation>负库存</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/ledger_model.py" line="100"/>
        <source>Over quota</source>
        <translation>超配额</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/ledger_model.py" line="102"/>
        <source>Repeat</source>
        <translation>重复录入</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/ledger_model.py" line="129"/>
        <source>Reverses No. {id}</source>
        <translation>冲销第 {id} 号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/ledger_model.py" line="131"/>
        <source>Reversed by No. {id}</source>
        <translation>已被第 {id} 号冲销</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/ledger_model.py" line="405"/>
        <source>Accepted with the reason: {reason}</source>
        <translation>确认原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/ledger_model.py" line="407"/>
        <source>Invoice {no}</source>
        <translation>发票号 {no}</translation>
    </message>
</context>
<context>
    <name>LedgerScreen</name>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="55"/>
        <source>All dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="56"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="57"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="58"/>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="59"/>
        <source>Last year</source>
        <translation>上年</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="60"/>
        <source>Dates…</source>
        <translation>自定义日期…</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="63"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="64"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="65"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="66"/>
        <source>Material</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="67"/>
        <source>Lot</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="68"/>
        <source>Mass</source>
        <translation>净重</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="69"/>
        <source>Grade %</source>
        <translation>品位(%)</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="70"/>
        <source>REO</source>
        <translation>稀土氧化物 REO</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="71"/>
        <source>Origin</source>
        <translation>原产国</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="72"/>
        <source>Counterparty</source>
        <translation>往来单位</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="73"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="74"/>
        <source>Invoice no.</source>
        <translation>发票号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="75"/>
        <source>Customs no.</source>
        <translation>报关单号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="76"/>
        <source>Run</source>
        <translation>生产批次</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="77"/>
        <source>Destination</source>
        <translation>目的国</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="78"/>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="79"/>
        <source>Reason for accepting</source>
        <translation>确认原因</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="80"/>
        <source>Reverses No.</source>
        <translation>冲销原记录编号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="81"/>
        <source>Reversed by No.</source>
        <translation>冲销记录编号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="82"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="236"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="237"/>
        <source>All materials</source>
        <translation>全部物料</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="239"/>
        <source>All origins</source>
        <translation>全部原产国</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="330"/>
        <source>Searching…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="355"/>
        <source>No. {id} is not among the filtered movements.</source>
        <translation>第 {id} 号不在筛选结果中。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="364"/>
        <source>The ledger could not be read</source>
        <translation>无法读取台账</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="379"/>
        <source>Movements: {count}</source>
        <translation>共 {count} 笔记录</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="381"/>
        <source>{count} · filtered</source>
        <translation>{count} · 已筛选</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="418"/>
        <source>Go to No. {id}</source>
        <translation>转到第 {id} 号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="418"/>
        <source>Go to link</source>
        <translation>转到关联记录</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="419"/>
        <source>Select the linked movement (Ctrl+L, or Enter in the table)</source>
        <translation>选中关联的记录（Ctrl+L，或在表格中按回车）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="424"/>
        <source>Select a movement to see its reversal or the movement it reverses.</source>
        <translation>选中一笔记录，可查看它的冲销记录或它冲销的原记录。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="426"/>
        <source>No. {id} · {day} · {type} · {material} lot {lot} · {mass} {unit}</source>
        <translation>第 {id} 号 · {day} · {type} · {material} 批号 {lot} · {mass} {unit}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="430"/>
        <source>not reversed</source>
        <translation>未冲销</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="435"/>
        <source>reversed by No. {id} on {day}: {reason}</source>
        <translation>已于 {day} 被第 {id} 号冲销：{reason}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="437"/>
        <source>reverses No. {id} of {day}: {reason}</source>
        <translation>冲销 {day} 的第 {id} 号：{reason}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="451"/>
        <source>Filters cleared to show No. {id}.</source>
        <translation>已清除筛选以显示第 {id} 号。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="472"/>
        <source>Reversal No. {id} posted.</source>
        <translation>冲销记录第 {id} 号已记账。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="482"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="482"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV 文件，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="483"/>
        <source>Export the filtered movements</source>
        <translation>导出筛选出的记录</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="499"/>
        <location filename="../../ui/screens/ledger.ui" line="40"/>
        <source>Ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="518"/>
        <source>Exporting to {path}…</source>
        <translation>正在导出到 {path}…</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="539"/>
        <source>Movements exported: {count}, to {path}</source>
        <translation>已导出 {count} 笔记录到 {path}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="545"/>
        <source>Export cancelled.</source>
        <translation>已取消导出。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="548"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ledger.ui" line="92"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ledger.ui" line="102"/>
        <source>Lot, counterparty, invoice, customs no., note or movement No. (Ctrl+F)</source>
        <translation>批号、往来单位、发票号、报关单号、备注或编号（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ledger.ui" line="112"/>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ledger.ui" line="132"/>
        <source>First day of the period</source>
        <translation>期间的第一天</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ledger.ui" line="152"/>
        <source>Last day of the period</source>
        <translation>期间的最后一天</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ledger.ui" line="165"/>
        <source>Show every movement again</source>
        <translation>重新显示全部记录</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ledger.ui" line="168"/>
        <source>&amp;Clear filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ledger.ui" line="182"/>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ledger.ui" line="202"/>
        <source>&amp;Material:</source>
        <translation>物料(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ledger.ui" line="225"/>
        <source>&amp;Lot:</source>
        <translation>批号(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ledger.ui" line="241"/>
        <source>Part of a lot No.</source>
        <translation>批号的任意部分</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ledger.ui" line="251"/>
        <source>&amp;Origin:</source>
        <translation>原产国(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ledger.ui" line="274"/>
        <source>Co&amp;unterparty:</source>
        <translation>往来单位(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ledger.ui" line="290"/>
        <source>Any part of the name</source>
        <translation>名称的任意部分</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ledger.ui" line="421"/>
        <source>Cancel export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ledger.ui" line="431"/>
        <source>Post a reversal of the selected movement, with a reason (Ctrl+R)</source>
        <translation>为选中的记录登记冲销，须填写原因（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ledger.ui" line="434"/>
        <source>&amp;Reverse…</source>
        <translation>冲销(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ledger.ui" line="441"/>
        <source>Write the filtered movements to an xlsx or CSV file (Ctrl+E)</source>
        <translation>将筛选出的记录导出为 xlsx 或 CSV 文件（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ledger.ui" line="444"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ree_desk/gui/screens/ledger.py" line="118"/>
        <source>Ledger</source>
        <translation>台账</translation>
    </message>
</context>
<context>
    <name>ReversalDialog</name>
    <message>
        <location filename="../../ree_desk/gui/dialogs/reversal.py" line="59"/>
        <source>Reverse anyway</source>
        <translation>仍然冲销</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/reversal.py" line="59"/>
        <source>Reverse</source>
        <translation>冲销</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/reversal.py" line="79"/>
        <source>{material} · lot {lot}</source>
        <translation>{material} · 批号 {lot}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/reversal.py" line="83"/>
        <source>{mass} {unit}, REO {reo} {unit}</source>
        <translation>{mass} {unit}，REO {reo} {unit}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/reversal.py" line="86"/>
        <source>{type} of {mass} {unit}, dated below, with the reason as its note</source>
        <translation>{type} {mass} {unit}，日期为下方所选，原因记入备注</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/reversal.py" line="95"/>
        <source>{month} is closed: choose a date in an open month.</source>
        <translation>{month} 已结账：请选择未结账月份的日期。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/reversal.py" line="124"/>
        <source>This reversal would leave the lot with negative stock.</source>
        <translation>此冲销将使该批号库存为负。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/reversal.py" line="125"/>
        <source>It can still be recorded, flagged, with a reason for accepting it.</source>
        <translation>仍可登记并加标记，但须填写确认原因。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/reversal.py" line="135"/>
        <source>The reversal was not posted:</source>
        <translation>冲销未记账：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reversal.ui" line="20"/>
        <source>Reverse a movement</source>
        <translation>冲销记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reversal.ui" line="41"/>
        <source>The movement stays in the ledger. Its reversal is a new movement of opposite sign that cancels it in stock and in quota use.</source>
        <translation>原记录保留在台账中。冲销是一笔数量相反的新记录，在库存和配额使用中抵消原记录。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reversal.ui" line="51"/>
        <source>Movement to reverse</source>
        <translation>要冲销的记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reversal.ui" line="63"/>
        <source>No.:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reversal.ui" line="77"/>
        <source>Date and type:</source>
        <translation>日期和类型：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reversal.ui" line="91"/>
        <source>Material and lot:</source>
        <translation>物料和批号：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reversal.ui" line="105"/>
        <source>Mass and REO:</source>
        <translation>净重和 REO：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reversal.ui" line="119"/>
        <source>Counterparty:</source>
        <translation>往来单位：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reversal.ui" line="136"/>
        <source>The reversal:</source>
        <translation>冲销记录：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reversal.ui" line="161"/>
        <source>Reversal &amp;date:</source>
        <translation>冲销日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reversal.ui" line="194"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reversal.ui" line="204"/>
        <source>Why the movement is reversed (required)</source>
        <translation>冲销原因（必填）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reversal.ui" line="235"/>
        <source>Reason for &amp;accepting:</source>
        <translation>确认原因(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reversal.ui" line="245"/>
        <source>Required to record the reversal flagged</source>
        <translation>登记带标记的冲销时必填</translation>
    </message>
</context>
</TS>
