# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'account.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_AccountDialog(object):
    def setupUi(self, AccountDialog):
        if not AccountDialog.objectName():
            AccountDialog.setObjectName(u"AccountDialog")
        AccountDialog.resize(480, 330)
        self.mainLayout = QVBoxLayout(AccountDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headingLabel = QLabel(AccountDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.headingLabel.setFont(font)
        self.headingLabel.setText(u"")

        self.mainLayout.addWidget(self.headingLabel)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(12)
        self.fieldsLayout.setVerticalSpacing(8)
        self.nameCaption = QLabel(AccountDialog)
        self.nameCaption.setObjectName(u"nameCaption")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameCaption)

        self.nameEdit = QLineEdit(AccountDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(64)

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.fullNameCaption = QLabel(AccountDialog)
        self.fullNameCaption.setObjectName(u"fullNameCaption")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fullNameCaption)

        self.fullNameEdit = QLineEdit(AccountDialog)
        self.fullNameEdit.setObjectName(u"fullNameEdit")
        self.fullNameEdit.setMaxLength(200)

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.roleCaption = QLabel(AccountDialog)
        self.roleCaption.setObjectName(u"roleCaption")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleCaption)

        self.roleCombo = QComboBox(AccountDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.passwordCaption = QLabel(AccountDialog)
        self.passwordCaption.setObjectName(u"passwordCaption")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordCaption)

        self.passwordEdit = QLineEdit(AccountDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.repeatCaption = QLabel(AccountDialog)
        self.repeatCaption.setObjectName(u"repeatCaption")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.repeatCaption)

        self.repeatEdit = QLineEdit(AccountDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.mainLayout.addLayout(self.fieldsLayout)

        self.noteLabel = QLabel(AccountDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setText(u"")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setStyleSheet(u"color: #5b6775;")

        self.mainLayout.addWidget(self.noteLabel)

        self.problemLabel = QLabel(AccountDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setText(u"")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setStyleSheet(u"color: #b3261e;")

        self.mainLayout.addWidget(self.problemLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(AccountDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameCaption.setBuddy(self.nameEdit)
        self.fullNameCaption.setBuddy(self.fullNameEdit)
        self.roleCaption.setBuddy(self.roleCombo)
        self.passwordCaption.setBuddy(self.passwordEdit)
        self.repeatCaption.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.fullNameEdit)
        QWidget.setTabOrder(self.fullNameEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.repeatEdit)

        self.retranslateUi(AccountDialog)
        self.buttonBox.rejected.connect(AccountDialog.reject)

        QMetaObject.connectSlotsByName(AccountDialog)
    # setupUi

    def retranslateUi(self, AccountDialog):
        AccountDialog.setWindowTitle(QCoreApplication.translate("AccountDialog", u"Account", None))
        self.nameCaption.setText(QCoreApplication.translate("AccountDialog", u"&User name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("AccountDialog", u"Signs in with it, e.g. zhangsan or \u5f20\u4e09", None))
        self.fullNameCaption.setText(QCoreApplication.translate("AccountDialog", u"&Full name:", None))
        self.roleCaption.setText(QCoreApplication.translate("AccountDialog", u"&Role:", None))
        self.passwordCaption.setText(QCoreApplication.translate("AccountDialog", u"&Password:", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("AccountDialog", u"At least 8 characters", None))
        self.repeatCaption.setText(QCoreApplication.translate("AccountDialog", u"Password &again:", None))
    # retranslateUi

