# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_LoginDialog(object):
    def setupUi(self, LoginDialog):
        if not LoginDialog.objectName():
            LoginDialog.setObjectName(u"LoginDialog")
        LoginDialog.resize(440, 270)
        self.mainLayout = QVBoxLayout(LoginDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headingLabel = QLabel(LoginDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.headingLabel.setFont(font)

        self.mainLayout.addWidget(self.headingLabel)

        self.databaseLabel = QLabel(LoginDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")
        self.databaseLabel.setText(u"")
        self.databaseLabel.setWordWrap(True)
        self.databaseLabel.setStyleSheet(u"color: #5b6775;")

        self.mainLayout.addWidget(self.databaseLabel)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(12)
        self.fieldsLayout.setVerticalSpacing(8)
        self.userCaption = QLabel(LoginDialog)
        self.userCaption.setObjectName(u"userCaption")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.userCaption)

        self.userEdit = QLineEdit(LoginDialog)
        self.userEdit.setObjectName(u"userEdit")
        self.userEdit.setMaxLength(64)

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.passwordCaption = QLabel(LoginDialog)
        self.passwordCaption.setObjectName(u"passwordCaption")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordCaption)

        self.passwordEdit = QLineEdit(LoginDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.mainLayout.addLayout(self.fieldsLayout)

        self.messageLabel = QLabel(LoginDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #b3261e;")

        self.mainLayout.addWidget(self.messageLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(LoginDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.userCaption.setBuddy(self.userEdit)
        self.passwordCaption.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.userEdit, self.passwordEdit)

        self.retranslateUi(LoginDialog)
        self.buttonBox.rejected.connect(LoginDialog.reject)

        QMetaObject.connectSlotsByName(LoginDialog)
    # setupUi

    def retranslateUi(self, LoginDialog):
        LoginDialog.setWindowTitle(QCoreApplication.translate("LoginDialog", u"Sign in", None))
        self.headingLabel.setText(QCoreApplication.translate("LoginDialog", u"Sign in to REE Desk", None))
        self.userCaption.setText(QCoreApplication.translate("LoginDialog", u"&User name:", None))
        self.passwordCaption.setText(QCoreApplication.translate("LoginDialog", u"&Password:", None))
    # retranslateUi

