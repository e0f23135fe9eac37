<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AcceptWarningsDialog</name>
    <message>
        <location filename="../../ree_desk/gui/dialogs/accept_warnings.py" line="39"/>
        <source>Row {row}: {text}</source>
        <translation>第 {row} 行：{text}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/accept_warnings.py" line="51"/>
        <source>{n} warning(s): over quota or stock below zero</source>
        <translation>{n} 条警告：超出配额或库存为负</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/accept_warnings.py" line="53"/>
        <source>Confirmed by {user}. The reason is stored with every flagged movement.</source>
        <translation>确认人：{user}。原因将随每条被标记的流水一并保存。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/accept_warnings.py" line="54"/>
        <source>Post flagged</source>
        <translation>标记后过账</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/accept_warnings.ui" line="8"/>
        <source>Record with a manager&apos;s reason</source>
        <translation>由主管填写原因后入账</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/accept_warnings.ui" line="19"/>
        <source>What physically happened must be recorded. A manager confirms it with a reason; the movements are then posted and flagged, and the reason is kept with them.</source>
        <translation>实际发生的物料流向必须如实记录。由主管确认并填写原因后，这些流水将被过账并加以标记，原因随流水一并保存。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/accept_warnings.ui" line="32"/>
        <source>Reason (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/accept_warnings.ui" line="40"/>
        <source>e.g. Feed approved by the plant manager; quota batch 3 is announced</source>
        <translation>例如：经厂长批准投料；第三批配额已下达</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_form.py" line="274"/>
        <source>Net mass (kg, − for a loss)</source>
        <translation>净重（kg，盘亏填负数）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_form.py" line="276"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_form.py" line="284"/>
        <source>Catalogue grade: {0}</source>
        <translation>目录品位：{0}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_form.py" line="294"/>
        <source>Type the net mass and the grade</source>
        <translation>请输入净重和品位</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_form.py" line="310"/>
        <source>Still to fill in: {0}</source>
        <translation>尚需填写：{0}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_form.py" line="310"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_form.py" line="315"/>
        <source>Posting…</source>
        <translation>正在过账…</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_form.py" line="315"/>
        <location filename="../../ui/widgets/entry_form.ui" line="341"/>
        <source>Post  (Enter)</source>
        <translation>过账（Enter）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_form.py" line="335"/>
        <source>Could not check against the ledger: {0}</source>
        <translation>无法与台账核对：{0}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_form.py" line="354"/>
        <source>Shown when the entry is complete.</source>
        <translation>填写完整后显示。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_form.py" line="359"/>
        <source>Fix the marked fields to see the quota effect.</source>
        <translation>请先改正标出的字段，再查看对配额的影响。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_form.py" line="363"/>
        <source>Counts against no quota.</source>
        <translation>不占用配额。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_form.py" line="367"/>
        <source>Posting asks for a manager&apos;s reason and flags the movement:</source>
        <translation>过账时需由主管填写原因，流水将被标记：</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_form.py" line="418"/>
        <source>Not posted yet: fix the marked fields first.</source>
        <translation>尚未过账：请先改正标出的字段。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_form.py" line="433"/>
        <source>Posted and flagged with the reason given: {type} {material} lot {lot}, {mass} kg, {reo} {unit} REO (movement no. {id}).</source>
        <translation>已过账并按所填原因标记：{type} {material} 批号 {lot}，{mass} kg，REO {reo} {unit}（流水号 {id}）。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_form.py" line="436"/>
        <source>Posted {type} {material} lot {lot}: {mass} kg, {reo} {unit} REO (movement no. {id}).</source>
        <translation>已过账：{type} {material} 批号 {lot}，{mass} kg，REO {reo} {unit}（流水号 {id}）。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_form.py" line="454"/>
        <source>Not posted: {0}</source>
        <translation>未过账：{0}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_form.py" line="499"/>
        <source>&lt;b&gt;Keys&lt;/b&gt;: Alt+1 … Alt+6 choose the type · Tab moves on · Enter posts · ↓ opens the choices while typing a code</source>
        <translation>&lt;b&gt;快捷键&lt;/b&gt;：Alt+1 … Alt+6 选择类型 · Tab 下一项 · Enter 过账 · 输入代码时按 ↓ 打开候选</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/entry_form.ui" line="97"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/entry_form.ui" line="114"/>
        <source>Material</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/entry_form.ui" line="120"/>
        <source>Code or name, e.g. CONC-BAST or 氟碳铈矿</source>
        <translation>代码或名称，如 CONC-BAST 或 氟碳铈矿</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/entry_form.ui" line="131"/>
        <source>Lot</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/entry_form.ui" line="137"/>
        <source>Lot number</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/entry_form.ui" line="148"/>
        <source>Net mass (kg)</source>
        <translation>净重（kg）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/entry_form.ui" line="154"/>
        <source>e.g. 12,345.678</source>
        <translation>如 12,345.678</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/entry_form.ui" line="165"/>
        <source>Grade (TREO %)</source>
        <translation>品位（TREO %）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/entry_form.ui" line="171"/>
        <source>e.g. 65.5</source>
        <translation>如 65.5</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/entry_form.ui" line="182"/>
        <source>Origin</source>
        <translation>原产国</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/entry_form.ui" line="188"/>
        <source>Country code or name, e.g. CN, MM, 缅甸</source>
        <translation>国家代码或名称，如 CN、MM、缅甸</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/entry_form.ui" line="199"/>
        <source>Origin detail</source>
        <translation>产地</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/entry_form.ui" line="205"/>
        <source>Province, mine or port</source>
        <translation>省份、矿山或口岸</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/entry_form.ui" line="216"/>
        <source>Counterparty</source>
        <translation>往来单位</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/entry_form.ui" line="222"/>
        <source>Supplier or customer</source>
        <translation>供应商或客户</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/entry_form.ui" line="233"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/entry_form.ui" line="239"/>
        <source>18 characters</source>
        <translation>18 位</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/entry_form.ui" line="250"/>
        <source>Customs declaration no.</source>
        <translation>报关单号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/entry_form.ui" line="267"/>
        <source>Invoice no.</source>
        <translation>发票号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/entry_form.ui" line="284"/>
        <source>Production run</source>
        <translation>生产批次</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/entry_form.ui" line="290"/>
        <source>e.g. R2026-118</source>
        <translation>如 R2026-118</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/entry_form.ui" line="301"/>
        <source>Destination</source>
        <translation>目的国</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/entry_form.ui" line="307"/>
        <source>Country code or name</source>
        <translation>国家代码或名称</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/entry_form.ui" line="318"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/entry_form.ui" line="347"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/entry_form.ui" line="384"/>
        <source>Before posting</source>
        <translation>过账前预览</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/entry_form.ui" line="391"/>
        <source>REO content</source>
        <translation>REO 含量</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/entry_form.ui" line="424"/>
        <source>Quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/entry_form.ui" line="438"/>
        <source>Stock of the lot</source>
        <translation>批号库存</translation>
    </message>
</context>
<context>
    <name>EntryGrid</name>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_grid.py" line="116"/>
        <source>Nothing posted: {n} row(s) have marked cells to fix first.</source>
        <translation>未过账：有 {n} 行存在标出的单元格，请先改正。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_grid.py" line="121"/>
        <source>Nothing to post: the grid is empty.</source>
        <translation>没有可过账的内容：表格为空。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_grid.py" line="137"/>
        <source>Posted {n} movement(s) in one posting (no. {id}).</source>
        <translation>已一次过账 {n} 条流水（过账批次 {id}）。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_grid.py" line="139"/>
        <source>{n} flagged with the reason given.</source>
        <translation>其中 {n} 条已按所填原因标记。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_grid.py" line="146"/>
        <source>Nothing posted: the ledger refused {n} row(s); the marked cells say why.</source>
        <translation>未过账：台账拒绝了 {n} 行，原因见标出的单元格。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_grid.py" line="165"/>
        <source>Row {row}: {text}</source>
        <translation>第 {row} 行：{text}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_grid.py" line="170"/>
        <source>… and {n} more</source>
        <translation>……另有 {n} 条</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_grid.py" line="176"/>
        <source>{n} row(s) typed</source>
        <translation>已录入 {n} 行</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_grid.py" line="178"/>
        <source>{n} to fix</source>
        <translation>{n} 行待改正</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_grid.py" line="183"/>
        <source>Posting…</source>
        <translation>正在过账…</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_grid.py" line="183"/>
        <location filename="../../ui/widgets/entry_grid.ui" line="39"/>
        <source>Post all  (Ctrl+Enter)</source>
        <translation>全部过账（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/entry_grid.ui" line="19"/>
        <source>Add row  (Ctrl+N)</source>
        <translation>添加行（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/entry_grid.ui" line="20"/>
        <source>Tab past the last cell also starts a new row</source>
        <translation>在最后一格按 Tab 也会新增一行</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/entry_grid.ui" line="25"/>
        <source>Remove row  (Ctrl+Del)</source>
        <translation>删除行（Ctrl+Del）</translation>
    </message>
</context>
<context>
    <name>EntryMessages</name>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="27"/>
        <source>Receipt</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="28"/>
        <source>Mining output</source>
        <translation>开采产出</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="29"/>
        <source>Feed</source>
        <translation>冶炼分离投料</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="30"/>
        <source>Output</source>
        <translation>产品产出</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="31"/>
        <source>Shipment</source>
        <translation>出库</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="32"/>
        <source>Adjustment</source>
        <translation>盘点调整</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="35"/>
        <source>Purchase or import into a lot. An import needs its customs declaration number.</source>
        <translation>采购或进口入库到批号。进口须填写报关单号。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="37"/>
        <source>Ore the enterprise mined (origin CN). Counts against the mining quota: rock type for light, ion-adsorption for medium-heavy ore.</source>
        <translation>本企业开采的矿石（原产国 CN）。占用开采配额：轻稀土计入岩矿型，中重稀土计入离子型。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="40"/>
        <source>Material fed into a production run. Ore products count against the separation quota of their origin.</source>
        <translation>投入生产批次的物料。矿产品按原产地占用冶炼分离配额。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="43"/>
        <source>Product made by a production run. Its origins follow the run&apos;s feed.</source>
        <translation>生产批次产出的产品，其原产地构成随该批次的投料而定。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="45"/>
        <source>Sale or export out of a lot. An export needs its customs declaration number.</source>
        <translation>从批号销售或出口出库。出口须填写报关单号。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="47"/>
        <source>A stocktake difference: a negative mass for a loss. The reason is required.</source>
        <translation>盘点差异：盘亏填负数。必须填写原因。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="51"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="52"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="53"/>
        <source>Material</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="54"/>
        <source>Lot</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="55"/>
        <source>Net mass (kg)</source>
        <translation>净重（kg）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="56"/>
        <source>Grade (%)</source>
        <translation>品位（%）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="57"/>
        <source>REO</source>
        <translation>REO</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="58"/>
        <source>Origin</source>
        <translation>原产国</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="59"/>
        <source>Origin detail</source>
        <translation>产地</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="60"/>
        <source>Counterparty</source>
        <translation>往来单位</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="61"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="62"/>
        <source>Customs no.</source>
        <translation>报关单号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="63"/>
        <source>Invoice no.</source>
        <translation>发票号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="64"/>
        <source>Run</source>
        <translation>生产批次</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="65"/>
        <source>Destination</source>
        <translation>目的国</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="66"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="69"/>
        <source>mining (rock type)</source>
        <translation>开采（岩矿型）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="70"/>
        <source>mining (ion-adsorption)</source>
        <translation>开采（离子型）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="71"/>
        <source>smelting separation</source>
        <translation>冶炼分离</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="74"/>
        <source>any origin</source>
        <translation>不限来源</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="75"/>
        <source>domestic</source>
        <translation>国内</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="76"/>
        <source>imported</source>
        <translation>进口</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="79"/>
        <source>crude ore</source>
        <translation>原矿</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="80"/>
        <source>ore product</source>
        <translation>矿产品</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="81"/>
        <source>secondary resource</source>
        <translation>二次资源</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="82"/>
        <source>separated product</source>
        <translation>冶炼分离产品</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="83"/>
        <source>metal</source>
        <translation>金属</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="84"/>
        <source>magnet</source>
        <translation>磁材</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="87"/>
        <source>light</source>
        <translation>轻稀土</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="88"/>
        <source>medium-heavy</source>
        <translation>中重稀土</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="93"/>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="95"/>
        <source>the mass in kg</source>
        <translation>净重（kg）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="94"/>
        <source>the grade in %</source>
        <translation>品位（%）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="103"/>
        <source>a date as YYYY-MM-DD</source>
        <translation>YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="104"/>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="105"/>
        <source>one of the six movement types</source>
        <translation>六种流水类型之一</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="106"/>
        <source>a material code such as CONC-BAST</source>
        <translation>物料代码，如 CONC-BAST</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="107"/>
        <source>a material from the catalogue</source>
        <translation>物料目录中的物料</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="109"/>
        <source>an ore or ore product for mining output</source>
        <translation>原矿或矿产品（开采产出）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="110"/>
        <source>a lot number</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="112"/>
        <source>an existing lot (made by a receipt, mining output or output)</source>
        <translation>已有的批号（由入库、开采产出或产品产出建立）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="114"/>
        <source>the origin of a lot found at stocktake</source>
        <translation>盘点发现的批号的原产国</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="116"/>
        <source>a lot of its own for production output</source>
        <translation>产品产出使用单独的批号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="118"/>
        <source>a lot of its own for a receipt or mining output</source>
        <translation>入库或开采产出使用单独的批号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="119"/>
        <source>a lot with a known origin</source>
        <translation>原产地已知的批号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="120"/>
        <source>origin {0}, the origin of lot {1}</source>
        <translation>原产国 {0}（批号 {1} 的原产国）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="121"/>
        <source>the net mass in kg</source>
        <translation>以 kg 计的净重</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="122"/>
        <source>a mass other than zero</source>
        <translation>不为零的净重</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="124"/>
        <source>a positive mass (a negative mass makes no sense here)</source>
        <translation>正数净重（此处不能为负数）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="126"/>
        <source>the TREO grade in % (0–100, at most 2 decimals)</source>
        <translation>TREO 品位（%，0–100，最多 2 位小数）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="128"/>
        <source>{0} written in digits, such as 1234.5</source>
        <translation>用数字填写的{0}，如 1234.5</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="129"/>
        <source>{0} with at most {1} decimals</source>
        <translation>{0}，最多 {1} 位小数</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="130"/>
        <source>{0} between 0 and 100</source>
        <translation>{0}，在 0 到 100 之间</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="131"/>
        <source>{0} written without an exponent</source>
        <translation>{0}，不用科学计数法</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="133"/>
        <source>{0} with one decimal point at most</source>
        <translation>{0}，最多一个小数点</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="135"/>
        <source>{0} with &quot;.&quot; as the decimal point</source>
        <translation>{0}，以“.”作小数点</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="137"/>
        <source>{0} with one kind of thousands separator</source>
        <translation>{0}，只用一种千位分隔符</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="139"/>
        <source>{0} with thousands separators every 3 digits, such as 1,234,567.5</source>
        <translation>{0}，每 3 位一个千位分隔符，如 1,234,567.5</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="140"/>
        <source>{0} below one billion tonnes</source>
        <translation>{0}，小于十亿吨</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="141"/>
        <source>{0} of a sensible size</source>
        <translation>大小合理的{0}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="142"/>
        <source>{0} as a number</source>
        <translation>数字形式的{0}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="144"/>
        <source>the origin country of a receipt or mining output</source>
        <translation>入库或开采产出的原产国</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="146"/>
        <source>a country code such as CN or MM, or a country name</source>
        <translation>国家代码（如 CN、MM）或国家名称</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="147"/>
        <source>CN for mining output (mining is in China)</source>
        <translation>CN（开采产出均在中国境内）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="148"/>
        <source>the supplier or customer name</source>
        <translation>供应商或客户名称</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="150"/>
        <source>a credit code of 18 characters (this one has {0})</source>
        <translation>18 位的信用代码（现为 {0} 位）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="152"/>
        <source>a valid credit code (the last character should be {0}, not {1})</source>
        <translation>有效的信用代码（校验位应为 {0}，而不是 {1}）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="154"/>
        <source>a valid credit code (a digit at position {1}, not &quot;{0}&quot;)</source>
        <translation>有效的信用代码（第 {1} 位应为数字，而不是“{0}”）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="156"/>
        <source>a valid credit code (position {1}: a digit or a capital letter except I, O, Z, S, V, not &quot;{0}&quot;)</source>
        <translation>有效的信用代码（第 {1} 位应为数字或 I、O、Z、S、V 以外的大写字母，而不是“{0}”）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="159"/>
        <source>a valid unified social credit code</source>
        <translation>有效的统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="161"/>
        <source>the destination country of a shipment</source>
        <translation>出库的目的国</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="162"/>
        <source>no destination except on a shipment</source>
        <translation>空（只有出库才填目的国）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="164"/>
        <source>the customs declaration number of the import from {0}</source>
        <translation>自 {0} 进口的报关单号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="166"/>
        <source>the customs declaration number of the export to {0}</source>
        <translation>出口至 {0} 的报关单号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="168"/>
        <source>the production run of a feed or output</source>
        <translation>投料或产出的生产批次</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="170"/>
        <source>no production run except on feed and output</source>
        <translation>空（只有投料和产出才填生产批次）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="172"/>
        <source>a run that has been fed before its output (run {0})</source>
        <translation>产出前已有投料的生产批次（批次 {0}）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="174"/>
        <source>production runs that do not feed their own output back in</source>
        <translation>不把自身产出再投入的生产批次</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="175"/>
        <source>the reason for the adjustment</source>
        <translation>盘点调整的原因</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="176"/>
        <source>at most {0} characters</source>
        <translation>最多 {0} 个字符</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="178"/>
        <source>a date in an open month ({0} is closed; post a correction in an open month)</source>
        <translation>未结账月份的日期（{0} 已结账；请在未结账月份过账更正）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="181"/>
        <source>stock of lot {0} ({1}) to stay at or above zero</source>
        <translation>批号 {0}（{1}）的库存不低于零</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="183"/>
        <source>the {0} {1} quota ({2}) of {3} kg REO not to be exceeded</source>
        <translation>不超过 {0} 年{1}配额（{2}）{3} kg REO</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="184"/>
        <source>a reason for accepting the warnings</source>
        <translation>接受警告的原因</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="185"/>
        <source>at least one movement</source>
        <translation>至少一条流水</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="187"/>
        <source>a reason for the reversal</source>
        <translation>冲销原因</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="188"/>
        <source>the number of a posted movement</source>
        <translation>已过账流水的编号</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="190"/>
        <source>an original movement (a reversal is not reversed again)</source>
        <translation>原始流水（冲销记录不能再冲销）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="191"/>
        <source>a movement not reversed yet</source>
        <translation>尚未冲销的流水</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="192"/>
        <source>a month as YYYY-MM</source>
        <translation>月份，格式为 YYYY-MM</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="193"/>
        <source>a month that has ended</source>
        <translation>已经结束的月份</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="195"/>
        <source>a month that has ended before it is closed</source>
        <translation>月份结束后才能结账</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="196"/>
        <source>an open month</source>
        <translation>未结账的月份</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="197"/>
        <source>a closed month</source>
        <translation>已结账的月份</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="199"/>
        <source>every month before {0} closed first</source>
        <translation>先结清 {0} 之前的所有月份</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="200"/>
        <source>no closed month after {0}</source>
        <translation>{0} 之后没有已结账的月份</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="201"/>
        <source>a reason for reopening the month</source>
        <translation>重新开账的原因</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="203"/>
        <source>the report file to write before the month is closed</source>
        <translation>结账前须写出的报表文件</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="205"/>
        <source>a ledger unchanged while the report was written</source>
        <translation>生成报表期间台账未被改动</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="208"/>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="209"/>
        <source>{0} kg at the end of {1}</source>
        <translation>{1} 日终为 {0} kg</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="211"/>
        <source>{0} kg REO used with this movement</source>
        <translation>计入本笔后已用 {0} kg REO</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="212"/>
        <source>lot {0} of {1} does not exist</source>
        <translation>{1} 的批号 {0} 不存在</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="213"/>
        <source>lot {0} was received or mined</source>
        <translation>批号 {0} 由入库或开采建立</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="215"/>
        <source>lot {0} was made by a production run</source>
        <translation>批号 {0} 由生产批次产出</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="216"/>
        <source>lot {0}, whose origin is unknown</source>
        <translation>批号 {0}，原产地未知</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="217"/>
        <source>no feed of that run</source>
        <translation>该批次没有投料</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="218"/>
        <source>an empty reason</source>
        <translation>空的原因</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="219"/>
        <source>{0} is already closed</source>
        <translation>{0} 已结账</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="220"/>
        <source>{0} is still open</source>
        <translation>{0} 尚未结账</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="221"/>
        <source>{0} is open</source>
        <translation>{0} 未结账</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="222"/>
        <source>{0} is closed; reopen it first</source>
        <translation>{0} 已结账，请先重新开账</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="224"/>
        <source>movement {0} was already reversed by {1}</source>
        <translation>流水 {0} 已被流水 {1} 冲销</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="225"/>
        <source>movement {0} reverses {1}</source>
        <translation>流水 {0} 是对流水 {1} 的冲销</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="227"/>
        <source>movements were posted meanwhile; make the report again</source>
        <translation>期间有新流水过账，请重新生成报表</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="249"/>
        <source>Expected {0}</source>
        <translation>应为：{0}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="258"/>
        <source>expected {0}, found {1}</source>
        <translation>应为：{0}；实际：{1}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="261"/>
        <source>{field}: {body}</source>
        <translation>{field}：{body}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="274"/>
        <source>Uses {uses} {unit} REO of the {year} {kind} quota; no allocation for {year} yet.</source>
        <translation>占用 {year} 年{kind}配额 {uses} {unit} REO；{year} 年尚未下达该配额。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="276"/>
        <source>Uses {uses} {unit} REO of the {year} {kind} quota ({scope}): {over} {unit} over the {allocated} {unit} allocated.</source>
        <translation>占用 {year} 年{kind}配额（{scope}）{uses} {unit} REO：超出已下达的 {allocated} {unit} 共 {over} {unit}。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="279"/>
        <source>Uses {uses} {unit} REO of the {year} {kind} quota ({scope}); {remaining} {unit} of {allocated} {unit} left.</source>
        <translation>占用 {year} 年{kind}配额（{scope}）{uses} {unit} REO；剩余 {remaining} {unit}（共 {allocated} {unit}）。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="282"/>
        <source>New lot {lot}: {after} {unit} after this entry.</source>
        <translation>新批号 {lot}：本笔后为 {after} {unit}。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="283"/>
        <source>Lot {lot}: {before} {unit} → {after} {unit} at the end of the day.</source>
        <translation>批号 {lot}：当日日终 {before} {unit} → {after} {unit}。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="285"/>
        <source>Stock would go below zero on this day or later.</source>
        <translation>当日或之后库存将低于零。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="286"/>
        <source>Not posted: the warnings were not accepted.</source>
        <translation>未过账：警告未被接受。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="287"/>
        <source>Not posted: {0}</source>
        <translation>未过账：{0}</translation>
    </message>
</context>
<context>
    <name>EntryScreen</name>
    <message>
        <location filename="../../ree_desk/gui/screens/entry.py" line="89"/>
        <source>Switch between the form and the grid ({key})</source>
        <translation>在表单与表格之间切换（{key}）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/screens/entry.py" line="92"/>
        <source>One movement at a time, or a day&apos;s movements in a grid ({key} switches)</source>
        <translation>逐笔录入，或在表格中录入一天的多笔流水（{key} 切换）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry.ui" line="19"/>
        <source>Entry</source>
        <translation>流水录入</translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry.ui" line="24"/>
        <source>One movement at a time, or a day&apos;s movements in a grid</source>
        <translation>逐笔录入，或在表格中录入一天的多笔流水</translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry.ui" line="45"/>
        <source>Single entry</source>
        <translation>逐笔录入</translation>
    </message>
    <message>
        <location filename="../../ui/screens/entry.ui" line="55"/>
        <source>Day grid</source>
        <translation>按日表格</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ree_desk/gui/screens/entry.py" line="26"/>
        <source>Entry</source>
        <translation>流水录入</translation>
    </message>
</context>
</TS>
