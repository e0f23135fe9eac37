# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_password.ui'
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

class Ui_NewPasswordDialog(object):
    def setupUi(self, NewPasswordDialog):
        if not NewPasswordDialog.objectName():
            NewPasswordDialog.setObjectName(u"NewPasswordDialog")
        NewPasswordDialog.resize(440, 230)
        self.mainLayout = QVBoxLayout(NewPasswordDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headingLabel = QLabel(NewPasswordDialog)
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
        self.passwordCaption = QLabel(NewPasswordDialog)
        self.passwordCaption.setObjectName(u"passwordCaption")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passwordCaption)

        self.passwordEdit = QLineEdit(NewPasswordDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.repeatCaption = QLabel(NewPasswordDialog)
        self.repeatCaption.setObjectName(u"repeatCaption")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repeatCaption)

        self.repeatEdit = QLineEdit(NewPasswordDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.mainLayout.addLayout(self.fieldsLayout)

        self.problemLabel = QLabel(NewPasswordDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setText(u"")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setStyleSheet(u"color: #b3261e;")

        self.mainLayout.addWidget(self.problemLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(NewPasswordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.passwordCaption.setBuddy(self.passwordEdit)
        self.repeatCaption.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewPasswordDialog)
        self.buttonBox.rejected.connect(NewPasswordDialog.reject)

        QMetaObject.connectSlotsByName(NewPasswordDialog)
    # setupUi

    def retranslateUi(self, NewPasswordDialog):
        NewPasswordDialog.setWindowTitle(QCoreApplication.translate("NewPasswordDialog", u"New password", None))
        self.passwordCaption.setText(QCoreApplication.translate("NewPasswordDialog", u"New &password:", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("NewPasswordDialog", u"At least 8 characters", None))
        self.repeatCaption.setText(QCoreApplication.translate("NewPasswordDialog", u"Password &again:", None))
    # retranslateUi

