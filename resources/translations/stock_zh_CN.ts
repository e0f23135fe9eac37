<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>GroupTotalsModel</name>
    <message>
        <location filename="../../ree_desk/gui/models/stock_model.py" line="270"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/stock_model.py" line="270"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/stock_model.py" line="270"/>
        <source>Lots</source>
        <translation>批号数</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/stock_model.py" line="271"/>
        <source>Mass ({unit})</source>
        <translation>净重（{unit}）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/stock_model.py" line="271"/>
        <source>REO ({unit})</source>
        <translation>REO（{unit}）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/stock_model.py" line="284"/>
        <source>All stock shown</source>
        <translation>所列库存合计</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ree_desk/gui/screens/stock.py" line="36"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/trace.py" line="33"/>
        <source>Trace</source>
        <translation>追溯</translation>
    </message>
</context>
<context>
    <name>StockModel</name>
    <message>
        <location filename="../../ree_desk/gui/models/stock_model.py" line="33"/>
        <source>Ore</source>
        <translation>原矿</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/stock_model.py" line="34"/>
        <source>Ore product</source>
        <translation>矿产品</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/stock_model.py" line="35"/>
        <source>Secondary</source>
        <translation>二次资源</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/stock_model.py" line="36"/>
        <source>Separated product</source>
        <translation>冶炼分离产品</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/stock_model.py" line="37"/>
        <source>Metal</source>
        <translation>金属</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/stock_model.py" line="38"/>
        <source>Magnet</source>
        <translation>磁材</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/stock_model.py" line="41"/>
        <source>Light</source>
        <translation>轻稀土</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/stock_model.py" line="42"/>
        <source>Medium-heavy</source>
        <translation>中重稀土</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/stock_model.py" line="192"/>
        <source>Material</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/stock_model.py" line="192"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/stock_model.py" line="192"/>
        <source>Lot</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/stock_model.py" line="192"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/stock_model.py" line="192"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/stock_model.py" line="193"/>
        <source>Origin</source>
        <translation>原产国</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/stock_model.py" line="193"/>
        <source>Mass ({unit})</source>
        <translation>净重（{unit}）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/stock_model.py" line="194"/>
        <source>REO ({unit})</source>
        <translation>REO（{unit}）</translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message>
        <location filename="../../ree_desk/gui/screens/stock.py" line="113"/>
        <source>Loading stock as of {day}…</source>
        <translation>正在读取截至 {day} 的库存…</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/stock.py" line="136"/>
        <source>Could not read the stock: {error}</source>
        <translation>无法读取库存：{error}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/stock.py" line="157"/>
        <source>No stock as of {day}</source>
        <translation>截至 {day} 无库存</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/stock.py" line="159"/>
        <source>{lots} lots · {mass} · REO {reo} as of {day}</source>
        <translation>截至 {day}：{lots} 个批号 · {mass} · REO {reo}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/stock.py" line="177"/>
        <source>All materials</source>
        <translation>全部物料</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/stock.py" line="189"/>
        <source>All groups</source>
        <translation>全部分组</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.ui" line="34"/>
        <source>Stock by material and lot</source>
        <translation>按物料和批号的库存</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.ui" line="64"/>
        <source>S&amp;tocktake…</source>
        <translation>盘点(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.ui" line="67"/>
        <source>Count the selected lots (or all lots of the chosen material) and post the differences as stocktake adjustments (Ctrl+T)</source>
        <translation>盘点所选批号（未选批号时盘点所选物料的全部批号），差异作为盘点调整过账（Ctrl+T）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.ui" line="81"/>
        <source>&amp;As of:</source>
        <translation>截至日期(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.ui" line="97"/>
        <source>Stock at the end of this day</source>
        <translation>该日日终的库存</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.ui" line="120"/>
        <source>&amp;Material:</source>
        <translation>物料(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.ui" line="143"/>
        <source>&amp;Group:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.ui" line="163"/>
        <source>Find lot, material or origin (Ctrl+F)</source>
        <translation>查找批号、物料或原产国（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.ui" line="179"/>
        <source>Hide &amp;empty lots</source>
        <translation>隐藏空批号(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.ui" line="182"/>
        <source>Lots with no mass left: a gram or two of REO may remain from rounding each movement</source>
        <translation>净重已为零的批号：逐笔四舍五入可能留下一两克稀土氧化物</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.ui" line="229"/>
        <source>Totals by category and group (lots shown above)</source>
        <translation>按类别和分组合计（上表所列批号）</translation>
    </message>
</context>
<context>
    <name>StocktakeDialog</name>
    <message>
        <location filename="../../ree_desk/gui/dialogs/stocktake.py" line="93"/>
        <source>&amp;Post differences</source>
        <translation>过账差异(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/stocktake.py" line="94"/>
        <source>Post an adjustment for every lot whose count differs (Ctrl+Enter)</source>
        <translation>为每个实盘与账面不符的批号过账一笔盘点调整（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/stocktake.py" line="158"/>
        <source>There is no lot &quot;{text}&quot;. Type it as material / lot number, for example ND-OX / P261105-01-ND-OX.</source>
        <translation>没有批号“{text}”。请按“物料 / 批号”输入，例如 ND-OX / P261105-01-ND-OX。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/stocktake.py" line="162"/>
        <source>&quot;{text}&quot; is a lot of several materials: {lots}. Type the material too.</source>
        <translation>多个物料都有批号“{text}”：{lots}。请同时输入物料。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/stocktake.py" line="201"/>
        <source>No lot of this material holds stock on {day}.</source>
        <translation>该物料在 {day} 没有有库存的批号。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/stocktake.py" line="254"/>
        <source>Reading the books…</source>
        <translation>正在读取账面数…</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/stocktake.py" line="259"/>
        <source>{counted} of {lots} lots counted · {differing} with a difference · net {mass} {unit}, REO {reo} {unit}</source>
        <translation>已盘 {counted}/{lots} 个批号 · {differing} 个有差异 · 净差 {mass} {unit}，REO {reo} {unit}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/stocktake.py" line="276"/>
        <source>Type the counted mass of at least one lot.</source>
        <translation>请至少输入一个批号的实盘重量。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/stocktake.py" line="281"/>
        <source>Give the reason for the stocktake adjustments.</source>
        <translation>请填写盘点调整的原因。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/stocktake.py" line="300"/>
        <source>Stocktake of {day}: every count matched the books; nothing was posted.</source>
        <translation>{day} 盘点：实盘与账面全部相符，未过账任何调整。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/stocktake.py" line="305"/>
        <source>Stocktake of {day} posted: {n} adjustment(s), movements {first}–{last}.</source>
        <translation>{day} 盘点已过账：{n} 笔盘点调整，流水号 {first}–{last}。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/stocktake.py" line="316"/>
        <source>…and {n} more</source>
        <translation>…另有 {n} 条</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/stocktake.py" line="318"/>
        <source>Record with warnings?</source>
        <translation>带警告记账？</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/stocktake.py" line="319"/>
        <source>Posting these adjustments would leave stock negative:

{warnings}

Record them anyway, flagged? Give the reason:</source>
        <translation>过账这些调整会使库存为负：

{warnings}

仍按实际记账并加注警告标记吗？请填写原因：</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/stocktake.py" line="326"/>
        <source>Nothing was posted: a reason is needed to record warnings.</source>
        <translation>未过账：带警告记账必须填写原因。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake.ui" line="14"/>
        <location filename="../../ui/dialogs/stocktake.ui" line="41"/>
        <source>Stocktake</source>
        <translation>盘点</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake.ui" line="48"/>
        <source>Type what you counted for each lot and press Enter to go to the next one. Lots whose count equals the books post nothing; every difference is posted as a stocktake adjustment dated on the stocktake day, with the reason below.</source>
        <translation>逐个批号输入实盘重量，按回车跳到下一个。实盘与账面相符的批号不产生记录；每个差异都以盘点调整过账，日期为盘点日，并附下方填写的原因。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake.ui" line="63"/>
        <source>Stocktake &amp;day:</source>
        <translation>盘点日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake.ui" line="99"/>
        <source>&amp;Material:</source>
        <translation>物料(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake.ui" line="119"/>
        <source>Add all &amp;lots</source>
        <translation>添加全部批号(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake.ui" line="122"/>
        <source>Add every lot of this material that holds stock on the stocktake day</source>
        <translation>添加该物料在盘点日有库存的全部批号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake.ui" line="148"/>
        <source>L&amp;ot:</source>
        <translation>批号(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake.ui" line="158"/>
        <source>Material / lot number</source>
        <translation>物料 / 批号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake.ui" line="171"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake.ui" line="225"/>
        <source>&amp;Remove selected lots</source>
        <translation>移除所选批号(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake.ui" line="228"/>
        <source>Take the selected lots out of this stocktake (Delete)</source>
        <translation>将所选批号移出本次盘点（Delete）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake.ui" line="242"/>
        <source>&amp;Reason (required):</source>
        <translation>原因（必填）(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake.ui" line="255"/>
        <source>For example: month-end count of warehouse 2, weighed on the new scale</source>
        <translation>例如：2号仓库月末盘点，新地磅称重</translation>
    </message>
</context>
<context>
    <name>StocktakeModel</name>
    <message>
        <location filename="../../ree_desk/gui/models/stock_model.py" line="398"/>
        <source>Material</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/stock_model.py" line="398"/>
        <source>Lot</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/stock_model.py" line="398"/>
        <source>Books ({unit})</source>
        <translation>账面（{unit}）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/stock_model.py" line="399"/>
        <source>Counted ({unit})</source>
        <translation>实盘（{unit}）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/stock_model.py" line="399"/>
        <source>Difference ({unit})</source>
        <translation>差异（{unit}）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/stock_model.py" line="400"/>
        <source>Difference REO ({unit})</source>
        <translation>差异 REO（{unit}）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/stock_model.py" line="434"/>
        <source>Type the counted mass in {unit} and press Enter</source>
        <translation>以 {unit} 为单位输入实盘重量，按回车确认</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/stock_model.py" line="448"/>
        <source>&quot;{text}&quot; is not a mass in {unit}: give a number of zero or more with at most {places} decimals.</source>
        <translation>“{text}”不是以 {unit} 计的重量：请输入不小于零、最多 {places} 位小数的数字。</translation>
    </message>
</context>
<context>
    <name>TraceModel</name>
    <message>
        <location filename="../../ree_desk/gui/models/trace_model.py" line="127"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/trace_model.py" line="127"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/trace_model.py" line="127"/>
        <source>Mass ({unit})</source>
        <translation>净重（{unit}）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/trace_model.py" line="128"/>
        <source>REO ({unit})</source>
        <translation>REO（{unit}）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/trace_model.py" line="128"/>
        <source>Origin</source>
        <translation>原产国</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/trace_model.py" line="129"/>
        <source>Supplier / customer → destination</source>
        <translation>供应商 / 客户 → 目的国</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/trace_model.py" line="129"/>
        <source>Customs declaration</source>
        <translation>报关单号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/trace_model.py" line="130"/>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/trace_model.py" line="159"/>
        <source>{material} / {lot} ({name}): double-click to trace this lot</source>
        <translation>{material} / {lot}（{name}）：双击追溯此批号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/trace_model.py" line="169"/>
        <source>Unified social credit code: {code}</source>
        <translation>统一社会信用代码：{code}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/trace_model.py" line="171"/>
        <source>Destination: {code} {name}</source>
        <translation>目的国：{code} {name}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/trace_model.py" line="181"/>
        <source>Came from ({n})</source>
        <translation>来源（{n}）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/trace_model.py" line="181"/>
        <source>Came from: nothing recorded</source>
        <translation>来源：无记录</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/trace_model.py" line="182"/>
        <source>Went to ({n})</source>
        <translation>去向（{n}）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/trace_model.py" line="182"/>
        <source>Went to: nothing yet</source>
        <translation>去向：暂无</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/trace_model.py" line="210"/>
        <source>Fed lot {lot}</source>
        <translation>投料批号 {lot}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/trace_model.py" line="210"/>
        <source>Made lot {lot}</source>
        <translation>产出批号 {lot}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/trace_model.py" line="212"/>
        <source> (already above)</source>
        <translation>（上文已列）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/trace_model.py" line="215"/>
        <source>Made by run {run}</source>
        <translation>由生产批次 {run} 产出</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/trace_model.py" line="217"/>
        <source>Fed into run {run}</source>
        <translation>投入生产批次 {run}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/trace_model.py" line="219"/>
        <source>Receipt</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/trace_model.py" line="220"/>
        <source>Mining output</source>
        <translation>开采产出</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/trace_model.py" line="221"/>
        <source>Stocktake gain</source>
        <translation>盘盈</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/trace_model.py" line="222"/>
        <source>Stocktake loss</source>
        <translation>盘亏</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/trace_model.py" line="223"/>
        <source>Shipment</source>
        <translation>出库</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/trace_model.py" line="236"/>
        <source>invoice {no}</source>
        <translation>发票号 {no}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/trace_model.py" line="240"/>
        <source>not traced further here: double-click to trace it</source>
        <translation>此处不再展开：双击继续追溯</translation>
    </message>
</context>
<context>
    <name>TraceScreen</name>
    <message>
        <location filename="../../ree_desk/gui/screens/trace.py" line="103"/>
        <source>No lot &quot;{text}&quot;</source>
        <translation>没有批号“{text}”</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/trace.py" line="106"/>
        <source>Several materials have lot {lot}: choose one</source>
        <translation>多个物料都有批号 {lot}：请选择一个</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/trace.py" line="123"/>
        <source>Tracing {lot}…</source>
        <translation>正在追溯 {lot}…</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/trace.py" line="147"/>
        <source>Could not trace: {error}</source>
        <translation>无法追溯：{error}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/trace.py" line="182"/>
        <source>Type a lot number above, or part of it, and press Enter.</source>
        <translation>在上方输入批号（或其中一部分），按回车。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/trace.py" line="187"/>
        <source>made by production runs</source>
        <translation>由生产批次产出</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/trace.py" line="190"/>
        <source>received or mined</source>
        <translation>外购入库或自行开采</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/trace.py" line="193"/>
        <source>origin {origin}</source>
        <translation>原产国 {origin}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/trace.py" line="195"/>
        <source>customs declaration {no}</source>
        <translation>报关单号 {no}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/trace.py" line="197"/>
        <source>in stock now {mass} {unit} (REO {reo} {unit})</source>
        <translation>当前库存 {mass} {unit}（REO {reo} {unit}）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/trace.py" line="202"/>
        <source>Long tree: far branches are not traced; double-click a lot to go on</source>
        <translation>追溯链较长：远端分支未展开，双击批号可继续追溯</translation>
    </message>
    <message>
        <location filename="../../ui/screens/trace.ui" line="34"/>
        <source>Trace a lot</source>
        <translation>批号追溯</translation>
    </message>
    <message>
        <location filename="../../ui/screens/trace.ui" line="71"/>
        <source>&amp;Lot:</source>
        <translation>批号(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/trace.ui" line="81"/>
        <source>Material / lot number, e.g. ND-OX / P261105-01-ND-OX (type a part to choose)</source>
        <translation>物料 / 批号，例如 ND-OX / P261105-01-ND-OX（输入一部分即可选择）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/trace.ui" line="97"/>
        <source>&amp;Trace</source>
        <translation>追溯(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/trace.ui" line="104"/>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/trace.ui" line="107"/>
        <source>The lot traced before this one (Alt+Left)</source>
        <translation>上一个追溯的批号（Alt+←）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/trace.ui" line="121"/>
        <source>E&amp;xpand all</source>
        <translation>全部展开(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/trace.ui" line="128"/>
        <source>&amp;Collapse</source>
        <translation>折叠(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/trace.ui" line="175"/>
        <source>Double-click a lot (or press Enter on it) to trace it in turn. Quantities are what each step moved; origins are shares of its REO.</source>
        <translation>双击批号（或选中后按回车）可继续追溯该批号。数量为各环节实际流转的量；原产国为其 REO 的占比。</translation>
    </message>
</context>
</TS>
