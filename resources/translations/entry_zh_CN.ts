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
        <source>{n} warning(s): over quota, stock below zero or already in the ledger</source>
        <translation>{n} 条警告：超出配额、库存为负或台账中已有</translation>
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
        <location filename="../../ree_desk/gui/widgets/entry_form.py" line="275"/>
        <source>Net mass (kg, − for a loss)</source>
        <translation>净重（kg，盘亏填负数）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_form.py" line="277"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_form.py" line="285"/>
        <source>Catalogue grade: {0}</source>
        <translation>目录品位：{0}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_form.py" line="295"/>
        <source>Type the net mass and the grade</source>
        <translation>请输入净重和品位</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_form.py" line="311"/>
        <source>Still to fill in: {0}</source>
        <translation>尚需填写：{0}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_form.py" line="311"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_form.py" line="316"/>
        <source>Posting…</source>
        <translation>正在过账…</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_form.py" line="316"/>
        <location filename="../../ui/widgets/entry_form.ui" line="341"/>
        <source>Post  (Enter)</source>
        <translation>过账（Enter）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_form.py" line="336"/>
        <source>Could not check against the ledger: {0}</source>
        <translation>无法与台账核对：{0}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_form.py" line="355"/>
        <source>Shown when the entry is complete.</source>
        <translation>填写完整后显示。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_form.py" line="360"/>
        <source>Fix the marked fields to see the quota effect.</source>
        <translation>请先改正标出的字段，再查看对配额的影响。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_form.py" line="364"/>
        <source>Counts against no quota.</source>
        <translation>不占用配额。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_form.py" line="368"/>
        <source>Posting asks for a manager&apos;s reason and flags the movement:</source>
        <translation>过账时需由主管填写原因，流水将被标记：</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_form.py" line="419"/>
        <source>Not posted yet: fix the marked fields first.</source>
        <translation>尚未过账：请先改正标出的字段。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_form.py" line="434"/>
        <source>Posted and flagged with the reason given: {type} {material} lot {lot}, {mass} kg, {reo} {unit} REO (movement no. {id}).</source>
        <translation>已过账并按所填原因标记：{type} {material} 批号 {lot}，{mass} kg，REO {reo} {unit}（流水号 {id}）。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_form.py" line="437"/>
        <source>Posted {type} {material} lot {lot}: {mass} kg, {reo} {unit} REO (movement no. {id}).</source>
        <translation>已过账：{type} {material} 批号 {lot}，{mass} kg，REO {reo} {unit}（流水号 {id}）。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_form.py" line="455"/>
        <source>Not posted: {0}</source>
        <translation>未过账：{0}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_form.py" line="500"/>
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
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="40"/>
        <source>Receipt</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="41"/>
        <source>Mining output</source>
        <translation>开采产出</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="42"/>
        <source>Feed</source>
        <translation>冶炼分离投料</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="43"/>
        <source>Output</source>
        <translation>产品产出</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="44"/>
        <source>Shipment</source>
        <translation>出库</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="45"/>
        <source>Adjustment</source>
        <translation>盘点调整</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="48"/>
        <source>Purchase or import into a lot. An import needs its customs declaration number.</source>
        <translation>采购或进口入库到批号。进口须填写报关单号。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="50"/>
        <source>Ore the enterprise mined (origin CN). Counts against the mining quota: rock type for light, ion-adsorption for medium-heavy ore.</source>
        <translation>本企业开采的矿石（原产国 CN）。占用开采配额：轻稀土计入岩矿型，中重稀土计入离子型。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="53"/>
        <source>Material fed into a production run. Ore products count against the separation quota of their origin.</source>
        <translation>投入生产批次的物料。矿产品按原产地占用冶炼分离配额。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="56"/>
        <source>Product made by a production run. Its origins follow the run&apos;s feed.</source>
        <translation>生产批次产出的产品，其原产地构成随该批次的投料而定。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="58"/>
        <source>Sale or export out of a lot. An export needs its customs declaration number.</source>
        <translation>从批号销售或出口出库。出口须填写报关单号。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="60"/>
        <source>A stocktake difference: a negative mass for a loss. The reason is required.</source>
        <translation>盘点差异：盘亏填负数。必须填写原因。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="64"/>
        <source>crude ore</source>
        <translation>原矿</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="65"/>
        <source>ore product</source>
        <translation>矿产品</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="66"/>
        <source>secondary resource</source>
        <translation>二次资源</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="67"/>
        <source>separated product</source>
        <translation>冶炼分离产品</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="68"/>
        <source>metal</source>
        <translation>金属</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="69"/>
        <source>magnet</source>
        <translation>磁材</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="72"/>
        <source>light</source>
        <translation>轻稀土</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="73"/>
        <source>medium-heavy</source>
        <translation>中重稀土</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="81"/>
        <source>Uses {uses} {unit} REO of the {year} {kind} quota; no allocation for {year} yet.</source>
        <translation>占用 {year} 年{kind}配额 {uses} {unit} REO；{year} 年尚未下达该配额。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="83"/>
        <source>Uses {uses} {unit} REO of the {year} {kind} quota ({scope}): {over} {unit} over the {allocated} {unit} allocated.</source>
        <translation>占用 {year} 年{kind}配额（{scope}）{uses} {unit} REO：超出已下达的 {allocated} {unit} 共 {over} {unit}。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="86"/>
        <source>Uses {uses} {unit} REO of the {year} {kind} quota ({scope}); {remaining} {unit} of {allocated} {unit} left.</source>
        <translation>占用 {year} 年{kind}配额（{scope}）{uses} {unit} REO；剩余 {remaining} {unit}（共 {allocated} {unit}）。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="89"/>
        <source>New lot {lot}: {after} {unit} after this entry.</source>
        <translation>新批号 {lot}：本笔后为 {after} {unit}。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="90"/>
        <source>Lot {lot}: {before} {unit} → {after} {unit} at the end of the day.</source>
        <translation>批号 {lot}：当日日终 {before} {unit} → {after} {unit}。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="92"/>
        <source>Stock would go below zero on this day or later.</source>
        <translation>当日或之后库存将低于零。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="93"/>
        <source>Not posted: the warnings were not accepted.</source>
        <translation>未过账：警告未被接受。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/entry_messages.py" line="94"/>
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
