<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../ree_desk/gui/app.py" line="41"/>
        <location filename="../../ree_desk/gui/app.py" line="63"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ree_desk/gui/main_window.py" line="137"/>
        <source>REE Desk — {name}</source>
        <translation>稀土台账 REE Desk — {name}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/main_window.py" line="139"/>
        <source>{user} · {path}</source>
        <translation>{user} · {path}</translation>
    </message>
</context>
</TS>
