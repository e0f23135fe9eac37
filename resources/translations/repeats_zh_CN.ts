<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Problems</name>
    <message>
        <location filename="../../ree_desk/gui/repeat_sentences.py" line="9"/>
        <source>a movement not in the ledger yet</source>
        <translation>台账中尚未记录的流水</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/repeat_sentences.py" line="10"/>
        <source>a file not imported before</source>
        <translation>尚未导入过的文件</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/repeat_sentences.py" line="15"/>
        <source>a repeat of movement {0} (posted {1} by {2} in posting {3}): same day, type, material, lot, mass and documents</source>
        <translation>与流水 {0} 重复（{2} 于 {1} 过账，过账批次 {3}）：日期、类型、物料、批号、重量及单据号均相同</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/repeat_sentences.py" line="18"/>
        <source>the same content imported as {0} on {1} by {2} (posting {3}, {4} movements)</source>
        <translation>内容相同的文件 {0} 已由 {2} 于 {1} 导入（过账批次 {3}，{4} 条流水）</translation>
    </message>
</context>
</TS>
