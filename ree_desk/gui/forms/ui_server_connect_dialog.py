# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'server_connect.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_ServerConnectDialog(object):
    def setupUi(self, ServerConnectDialog):
        if not ServerConnectDialog.objectName():
            ServerConnectDialog.setObjectName(u"ServerConnectDialog")
        ServerConnectDialog.resize(520, 380)
        self.mainLayout = QVBoxLayout(ServerConnectDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.explainLabel = QLabel(ServerConnectDialog)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explainLabel)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.hostCaption = QLabel(ServerConnectDialog)
        self.hostCaption.setObjectName(u"hostCaption")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hostCaption)

        self.hostLayout = QHBoxLayout()
        self.hostLayout.setObjectName(u"hostLayout")
        self.hostEdit = QLineEdit(ServerConnectDialog)
        self.hostEdit.setObjectName(u"hostEdit")

        self.hostLayout.addWidget(self.hostEdit)

        self.portCaption = QLabel(ServerConnectDialog)
        self.portCaption.setObjectName(u"portCaption")

        self.hostLayout.addWidget(self.portCaption)

        self.portSpin = QSpinBox(ServerConnectDialog)
        self.portSpin.setObjectName(u"portSpin")
        self.portSpin.setMinimum(1)
        self.portSpin.setMaximum(65535)
        self.portSpin.setValue(5432)

        self.hostLayout.addWidget(self.portSpin)


        self.fieldsLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.hostLayout)

        self.databaseCaption = QLabel(ServerConnectDialog)
        self.databaseCaption.setObjectName(u"databaseCaption")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.databaseCaption)

        self.databaseEdit = QLineEdit(ServerConnectDialog)
        self.databaseEdit.setObjectName(u"databaseEdit")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.databaseEdit)

        self.userCaption = QLabel(ServerConnectDialog)
        self.userCaption.setObjectName(u"userCaption")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.userCaption)

        self.userEdit = QLineEdit(ServerConnectDialog)
        self.userEdit.setObjectName(u"userEdit")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.passwordCaption = QLabel(ServerConnectDialog)
        self.passwordCaption.setObjectName(u"passwordCaption")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordCaption)

        self.passwordEdit = QLineEdit(ServerConnectDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.mainLayout.addLayout(self.fieldsLayout)

        self.errorLabel = QLabel(ServerConnectDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ServerConnectDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.hostCaption.setBuddy(self.hostEdit)
        self.portCaption.setBuddy(self.portSpin)
        self.databaseCaption.setBuddy(self.databaseEdit)
        self.userCaption.setBuddy(self.userEdit)
        self.passwordCaption.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.hostEdit, self.portSpin)
        QWidget.setTabOrder(self.portSpin, self.databaseEdit)
        QWidget.setTabOrder(self.databaseEdit, self.userEdit)
        QWidget.setTabOrder(self.userEdit, self.passwordEdit)

        self.retranslateUi(ServerConnectDialog)
        self.buttonBox.rejected.connect(ServerConnectDialog.reject)

        QMetaObject.connectSlotsByName(ServerConnectDialog)
    # setupUi

    def retranslateUi(self, ServerConnectDialog):
        ServerConnectDialog.setWindowTitle(QCoreApplication.translate("ServerConnectDialog", u"Connect to the plant's server", None))
        self.explainLabel.setText(QCoreApplication.translate("ServerConnectDialog", u"The ledger shared by the plant's workstations, on its PostgreSQL server. The password is used for this connection only and never written down by REE Desk; the server's administrator may instead keep it for you in ~/.pgpass.", None))
        self.hostCaption.setText(QCoreApplication.translate("ServerConnectDialog", u"Server &address:", None))
        self.hostEdit.setPlaceholderText(QCoreApplication.translate("ServerConnectDialog", u"For example: db.plant.local or 192.168.1.20", None))
        self.portCaption.setText(QCoreApplication.translate("ServerConnectDialog", u"&Port:", None))
        self.databaseCaption.setText(QCoreApplication.translate("ServerConnectDialog", u"&Database:", None))
        self.databaseEdit.setPlaceholderText(QCoreApplication.translate("ServerConnectDialog", u"For example: ree_desk", None))
        self.userCaption.setText(QCoreApplication.translate("ServerConnectDialog", u"&User name:", None))
        self.passwordCaption.setText(QCoreApplication.translate("ServerConnectDialog", u"Pass&word:", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("ServerConnectDialog", u"Empty when ~/.pgpass holds it", None))
    # retranslateUi

