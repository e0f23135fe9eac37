<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <location filename="../../ree_desk/gui/about.py" line="12"/>
        <source>REE Desk {version} (development, run from source)</source>
        <translation>稀土台账 REE Desk {version}（开发版，从源代码运行）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/about.py" line="14"/>
        <source>REE Desk {version}, built {date}</source>
        <translation>稀土台账 REE Desk {version}，构建于 {date}</translation>
    </message>
</context>
</TS>
