# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reopen_month.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ReopenMonthDialog(object):
    def setupUi(self, ReopenMonthDialog):
        if not ReopenMonthDialog.objectName():
            ReopenMonthDialog.setObjectName(u"ReopenMonthDialog")
        ReopenMonthDialog.resize(520, 260)
        self.mainLayout = QVBoxLayout(ReopenMonthDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headingLabel = QLabel(ReopenMonthDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.headingLabel.setFont(font)
        self.headingLabel.setText(u"")

        self.mainLayout.addWidget(self.headingLabel)

        self.explainLabel = QLabel(ReopenMonthDialog)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explainLabel)

        self.reasonCaption = QLabel(ReopenMonthDialog)
        self.reasonCaption.setObjectName(u"reasonCaption")

        self.mainLayout.addWidget(self.reasonCaption)

        self.reasonEdit = QLineEdit(ReopenMonthDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaxLength(500)

        self.mainLayout.addWidget(self.reasonEdit)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ReopenMonthDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonCaption.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReopenMonthDialog)
        self.buttonBox.accepted.connect(ReopenMonthDialog.accept)
        self.buttonBox.rejected.connect(ReopenMonthDialog.reject)

        QMetaObject.connectSlotsByName(ReopenMonthDialog)
    # setupUi

    def retranslateUi(self, ReopenMonthDialog):
        ReopenMonthDialog.setWindowTitle(QCoreApplication.translate("ReopenMonthDialog", u"Reopen a month", None))
        self.explainLabel.setText(QCoreApplication.translate("ReopenMonthDialog", u"Reopening a closed month is a manager's decision. Its closing balances are dropped, movements may be dated in it again, and its report must be made, checked and filed again. The reason is kept in the audit log.", None))
        self.reasonCaption.setText(QCoreApplication.translate("ReopenMonthDialog", u"&Reason (required):", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("ReopenMonthDialog", u"For example: supplier's weighing note for 2026-10-28 corrected; approved by the plant manager", None))
    # retranslateUi

