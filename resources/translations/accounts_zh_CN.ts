<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../ree_desk/gui/dialogs/account.py" line="64"/>
        <source>The two passwords differ; type the same one twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/account.py" line="106"/>
        <source>Account {name}</source>
        <translation>账户 {name}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/account.py" line="107"/>
        <source>The role counts from the next change the account makes.</source>
        <translation>新角色自该账户的下一次操作起生效。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/account.py" line="108"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/account.py" line="110"/>
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/account.py" line="112"/>
        <source>The first account is an administrator, so that someone can manage the others. Once it exists, REE Desk asks for a user name and password at every start, and you are signed in as it now.</source>
        <translation>第一个账户是管理员，以便有人管理其他账户。账户建立后，REE Desk 每次启动都要求输入用户名和密码；您现在即以该账户登录。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/account.py" line="115"/>
        <source>A clerk enters movements; a manager also handles quotas, warnings and months; an administrator also the accounts and settings.</source>
        <translation>录入员录入流水；经理还负责配额、警告和月份结账；管理员还负责账户和设置。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/account.py" line="117"/>
        <source>Add the account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account.ui" line="14"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account.ui" line="44"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account.ui" line="57"/>
        <source>Signs in with it, e.g. zhangsan or 张三</source>
        <translation>登录时使用，如 zhangsan 或 张三</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account.ui" line="64"/>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account.ui" line="81"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account.ui" line="94"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account.ui" line="107"/>
        <source>At least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account.ui" line="114"/>
        <source>Password &amp;again:</source>
        <translation>再次输入密码(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../ree_desk/gui/models/accounts.py" line="11"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/accounts.py" line="12"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/accounts.py" line="13"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/accounts.py" line="14"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/accounts.py" line="15"/>
        <source>Added</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/accounts.py" line="17"/>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/accounts.py" line="18"/>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/models/accounts.py" line="19"/>
        <source>{when} by {user}</source>
        <translation>{when}，{user} 创建</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <location filename="../../ree_desk/gui/widgets/accounts_panel.py" line="100"/>
        <source>Deactivate {name}</source>
        <translation>停用 {name}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/accounts_panel.py" line="101"/>
        <source>{name} will no longer be able to sign in. What they entered stays in the ledger under their name, and the account can be activated again.</source>
        <translation>{name} 将无法再登录。其录入的记录仍以其名义保留在台账中，账户以后可以重新启用。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/accounts_panel.py" line="110"/>
        <source>The account was not changed</source>
        <translation>账户未更改</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/accounts_panel.py" line="129"/>
        <source>&amp;Activate</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/accounts_panel.py" line="129"/>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/accounts_panel.py" line="130"/>
        <source>Signed in as {user}</source>
        <translation>当前登录：{user}</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/accounts_panel.py" line="133"/>
        <source>No accounts yet: whoever opens this database may do everything, recorded under their login name. The first account added is an administrator; from then on REE Desk asks for a user name and password at start, and each role may do only its part.</source>
        <translation>尚无账户：打开此数据库的任何人都可进行所有操作，并以其系统登录名记录。添加的第一个账户为管理员；此后 REE Desk 启动时要求输入用户名和密码，各角色只能进行各自的操作。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/accounts_panel.py" line="137"/>
        <source>Nobody is signed in.</source>
        <translation>当前无人登录。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/widgets/accounts_panel.py" line="140"/>
        <source>A clerk enters movements and reverses their own of a month still open. A manager also adds and corrects quotas, accepts warnings, closes and reopens months and reverses any movement. An administrator also manages the accounts and the settings. Every sign-in and every change of an account is kept in the audit log.</source>
        <translation>录入员录入流水，并可冲销本人在未结账月份录入的流水。经理还可添加和更正配额、接受警告、结账和重新打开月份、冲销任何流水。管理员还管理账户和设置。每次登录和每次账户变更都记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_panel.ui" line="20"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_panel.ui" line="66"/>
        <source>&amp;Add account…</source>
        <translation>添加账户(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_panel.ui" line="69"/>
        <source>An account for someone who works with the ledger, in their role</source>
        <translation>为使用台账的人员建立账户，并指定其角色</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_panel.ui" line="76"/>
        <source>Change &amp;role…</source>
        <translation>更改角色(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_panel.ui" line="79"/>
        <source>Change the selected account&apos;s role or full name</source>
        <translation>更改所选账户的角色或姓名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_panel.ui" line="93"/>
        <source>Reset &amp;password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_panel.ui" line="96"/>
        <source>Give the selected account a new password; its wait after failed sign-ins ends</source>
        <translation>为所选账户设置新密码；登录失败后的等待随即解除</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accounts_panel.ui" line="103"/>
        <source>Change &amp;my password…</source>
        <translation>修改我的密码(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ree_desk/gui/dialogs/login.py" line="79"/>
        <source>Too many failed tries: the next one can be made in {n} s.</source>
        <translation>失败次数过多：{n} 秒后可再试。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/login.py" line="89"/>
        <location filename="../../ui/dialogs/login.ui" line="14"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/login.py" line="90"/>
        <source>{path} has accounts: sign in with yours.</source>
        <translation>{path} 已设账户：请用您的账户登录。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.ui" line="29"/>
        <source>Sign in to REE Desk</source>
        <translation>登录 REE Desk 稀土台账</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.ui" line="57"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.ui" line="74"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <location filename="../../ree_desk/gui/dialogs/new_password.py" line="30"/>
        <source>The two passwords differ; type the same one twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/new_password.py" line="52"/>
        <source>New password for {name}</source>
        <translation>{name} 的新密码</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/dialogs/new_password.py" line="53"/>
        <source>Set the password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_password.ui" line="14"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_password.ui" line="44"/>
        <source>New &amp;password:</source>
        <translation>新密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_password.ui" line="57"/>
        <source>At least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_password.ui" line="64"/>
        <source>Password &amp;again:</source>
        <translation>再次输入密码(&amp;A)：</translation>
    </message>
</context>
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
        <location filename="../../ree_desk/gui/account_sentences.py" line="53"/>
        <source>a role name of letters, digits and _</source>
        <translation>由字母、数字和 _ 组成的角色名</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/account_sentences.py" line="42"/>
        <source>{0} is a file: its rights are the file&apos;s; roles are for a server&apos;s database</source>
        <translation>{0} 是一个文件：其权限即文件的权限；角色只用于服务器上的数据库</translation>
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
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ree_desk/gui/role_names.py" line="9"/>
        <source>clerk</source>
        <translation>录入员</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/role_names.py" line="10"/>
        <source>manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/role_names.py" line="11"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/role_names.py" line="13"/>
        <source>unknown role</source>
        <translation>未知角色</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/role_names.py" line="14"/>
        <source>{user} ({role})</source>
        <translation>{user}（{role}）</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/role_names.py" line="15"/>
        <source>Nothing allocated for this year yet; a manager adds the batches of the allocation notice.</source>
        <translation>本年度尚未下达配额；由经理录入配额通知的各批次。</translation>
    </message>
    <message>
        <location filename="../../ree_desk/gui/role_names.py" line="17"/>
        <source>{n} row(s) would leave stock negative or exceed a quota. Only a manager may accept them: ask a manager to import this file, or correct the rows.</source>
        <translation>有 {n} 行会导致库存为负或超出配额。只有经理可以接受这些警告：请由经理导入此文件，或更正这些行。</translation>
    </message>
</context>
</TS>
