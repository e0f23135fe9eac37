<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Problems</name>
    <message>
        <location filename="../../ree_desk/gui/account_sentences.py" line="14"/>
        <source>nobody is signed in; {0} needs a {1}</source>
        <translation>当前无人登录；{0}须由{1}进行</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/account_sentences.py" line="16"/>
        <source>{0} has no active account; {1} needs a {2}</source>
        <translation>{0} 没有启用的账户；{1}须由{2}进行</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/account_sentences.py" line="18"/>
        <source>{0} is a {1}; {2} needs a {3}</source>
        <translation>{0} 是{1}；{2}须由{3}进行</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/account_sentences.py" line="19"/>
        <source>clerk</source>
        <translation>录入员</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/account_sentences.py" line="20"/>
        <source>manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/account_sentences.py" line="21"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/account_sentences.py" line="22"/>
        <source>entering movements</source>
        <translation>录入流水</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/account_sentences.py" line="23"/>
        <source>reversing a movement</source>
        <translation>冲销流水</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/account_sentences.py" line="24"/>
        <source>reversing another user&apos;s movement</source>
        <translation>冲销他人录入的流水</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/account_sentences.py" line="26"/>
        <source>reversing a movement of a closed month</source>
        <translation>冲销已结账月份的流水</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/account_sentences.py" line="27"/>
        <source>accepting warnings</source>
        <translation>接受警告</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/account_sentences.py" line="28"/>
        <source>changing quotas</source>
        <translation>更改配额</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/account_sentences.py" line="29"/>
        <source>closing a month</source>
        <translation>月份结账</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/account_sentences.py" line="30"/>
        <source>reopening a month</source>
        <translation>重新打开月份</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/account_sentences.py" line="31"/>
        <source>making a report</source>
        <translation>生成报表</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/account_sentences.py" line="32"/>
        <source>making a backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/account_sentences.py" line="33"/>
        <source>changing one&apos;s own password</source>
        <translation>修改本人密码</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/account_sentences.py" line="34"/>
        <source>managing accounts</source>
        <translation>管理账户</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/account_sentences.py" line="35"/>
        <source>changing settings</source>
        <translation>更改设置</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/account_sentences.py" line="36"/>
        <source>changing the enterprise profile</source>
        <translation>更改企业信息</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/account_sentences.py" line="37"/>
        <source>adding a material</source>
        <translation>添加物料</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/account_sentences.py" line="39"/>
        <source>wrong user name or password</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/account_sentences.py" line="41"/>
        <source>too many failed sign-ins for {0}; try again in {1} s</source>
        <translation>{0} 登录失败次数过多；请 {1} 秒后再试</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/account_sentences.py" line="45"/>
        <source>a user name of 1 to 64 characters without spaces</source>
        <translation>1 至 64 个字符、不含空格的用户名</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/account_sentences.py" line="46"/>
        <source>a user name not taken yet</source>
        <translation>尚未使用的用户名</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/account_sentences.py" line="47"/>
        <source>the name of an account</source>
        <translation>已有账户的用户名</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/account_sentences.py" line="48"/>
        <source>clerk, manager or administrator</source>
        <translation>录入员、经理或管理员</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/account_sentences.py" line="49"/>
        <source>a password of at least {0} characters</source>
        <translation>至少 {0} 个字符的密码</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/account_sentences.py" line="51"/>
        <source>an active administrator left after the change</source>
        <translation>更改后仍至少有一个启用的管理员</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/account_sentences.py" line="52"/>
        <source>a change to the account</source>
        <translation>对账户的更改</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/account_sentences.py" line="55"/>
        <source>&quot;{0}&quot;, which has an account</source>
        <translation>“{0}”，该用户名已有账户</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/account_sentences.py" line="56"/>
        <source>{0} is the last one</source>
        <translation>{0} 是最后一个</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/account_sentences.py" line="57"/>
        <source>the same</source>
        <translation>与原来相同</translation>
    </message>
</context>
</TS>
