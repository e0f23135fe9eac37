# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reversal.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QFrame, QGroupBox,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ReversalDialog(object):
    def setupUi(self, ReversalDialog):
        if not ReversalDialog.objectName():
            ReversalDialog.setObjectName(u"ReversalDialog")
        ReversalDialog.resize(560, 520)
        ReversalDialog.setMinimumSize(QSize(520, 0))
        self.mainLayout = QVBoxLayout(ReversalDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 14, 16, 12)
        self.introLabel = QLabel(ReversalDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.summaryBox = QGroupBox(ReversalDialog)
        self.summaryBox.setObjectName(u"summaryBox")
        self.summaryLayout = QFormLayout(self.summaryBox)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryLayout.setHorizontalSpacing(14)
        self.summaryLayout.setVerticalSpacing(4)
        self.movementCaption = QLabel(self.summaryBox)
        self.movementCaption.setObjectName(u"movementCaption")

        self.summaryLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.movementCaption)

        self.movementValue = QLabel(self.summaryBox)
        self.movementValue.setObjectName(u"movementValue")
        self.movementValue.setText(u"")

        self.summaryLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.movementValue)

        self.dayCaption = QLabel(self.summaryBox)
        self.dayCaption.setObjectName(u"dayCaption")

        self.summaryLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dayCaption)

        self.dayValue = QLabel(self.summaryBox)
        self.dayValue.setObjectName(u"dayValue")
        self.dayValue.setText(u"")

        self.summaryLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dayValue)

        self.materialCaption = QLabel(self.summaryBox)
        self.materialCaption.setObjectName(u"materialCaption")

        self.summaryLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.materialCaption)

        self.materialValue = QLabel(self.summaryBox)
        self.materialValue.setObjectName(u"materialValue")
        self.materialValue.setText(u"")

        self.summaryLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.materialValue)

        self.massCaption = QLabel(self.summaryBox)
        self.massCaption.setObjectName(u"massCaption")

        self.summaryLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.massCaption)

        self.massValue = QLabel(self.summaryBox)
        self.massValue.setObjectName(u"massValue")
        self.massValue.setText(u"")

        self.summaryLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.massValue)

        self.counterpartyCaption = QLabel(self.summaryBox)
        self.counterpartyCaption.setObjectName(u"counterpartyCaption")

        self.summaryLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.counterpartyCaption)

        self.counterpartyValue = QLabel(self.summaryBox)
        self.counterpartyValue.setObjectName(u"counterpartyValue")
        self.counterpartyValue.setText(u"")
        self.counterpartyValue.setWordWrap(True)

        self.summaryLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.counterpartyValue)

        self.effectCaption = QLabel(self.summaryBox)
        self.effectCaption.setObjectName(u"effectCaption")

        self.summaryLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.effectCaption)

        self.effectValue = QLabel(self.summaryBox)
        self.effectValue.setObjectName(u"effectValue")
        self.effectValue.setText(u"")
        self.effectValue.setWordWrap(True)

        self.summaryLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.effectValue)


        self.mainLayout.addWidget(self.summaryBox)

        self.entryLayout = QFormLayout()
        self.entryLayout.setObjectName(u"entryLayout")
        self.entryLayout.setHorizontalSpacing(14)
        self.dateLabel = QLabel(ReversalDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.entryLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(ReversalDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.dateEdit.setCalendarPopup(True)

        self.entryLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.dateProblemLabel = QLabel(ReversalDialog)
        self.dateProblemLabel.setObjectName(u"dateProblemLabel")
        self.dateProblemLabel.setStyleSheet(u"color: #a61b1b;")
        self.dateProblemLabel.setText(u"")
        self.dateProblemLabel.setWordWrap(True)

        self.entryLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateProblemLabel)

        self.reasonLabel = QLabel(ReversalDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.entryLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(ReversalDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaxLength(500)

        self.entryLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.mainLayout.addLayout(self.entryLayout)

        self.warningFrame = QFrame(ReversalDialog)
        self.warningFrame.setObjectName(u"warningFrame")
        self.warningFrame.setStyleSheet(u"QFrame#warningFrame { background: #fff4e0; border: 1px solid #e0a040; border-radius: 4px; }")
        self.warningLayout = QFormLayout(self.warningFrame)
        self.warningLayout.setObjectName(u"warningLayout")
        self.warningLayout.setHorizontalSpacing(14)
        self.warningLabel = QLabel(self.warningFrame)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setText(u"")
        self.warningLabel.setWordWrap(True)

        self.warningLayout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.warningLabel)

        self.acceptLabel = QLabel(self.warningFrame)
        self.acceptLabel.setObjectName(u"acceptLabel")

        self.warningLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.acceptLabel)

        self.acceptEdit = QLineEdit(self.warningFrame)
        self.acceptEdit.setObjectName(u"acceptEdit")
        self.acceptEdit.setMaxLength(500)

        self.warningLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.acceptEdit)


        self.mainLayout.addWidget(self.warningFrame)

        self.errorLabel = QLabel(ReversalDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #a61b1b;")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ReversalDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.acceptLabel.setBuddy(self.acceptEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.acceptEdit)

        self.retranslateUi(ReversalDialog)
        self.buttonBox.rejected.connect(ReversalDialog.reject)

        QMetaObject.connectSlotsByName(ReversalDialog)
    # setupUi

    def retranslateUi(self, ReversalDialog):
        ReversalDialog.setWindowTitle(QCoreApplication.translate("ReversalDialog", u"Reverse a movement", None))
        self.introLabel.setText(QCoreApplication.translate("ReversalDialog", u"The movement stays in the ledger. Its reversal is a new movement of opposite sign that cancels it in stock and in quota use.", None))
        self.summaryBox.setTitle(QCoreApplication.translate("ReversalDialog", u"Movement to reverse", None))
        self.movementCaption.setText(QCoreApplication.translate("ReversalDialog", u"No.:", None))
        self.dayCaption.setText(QCoreApplication.translate("ReversalDialog", u"Date and type:", None))
        self.materialCaption.setText(QCoreApplication.translate("ReversalDialog", u"Material and lot:", None))
        self.massCaption.setText(QCoreApplication.translate("ReversalDialog", u"Mass and REO:", None))
        self.counterpartyCaption.setText(QCoreApplication.translate("ReversalDialog", u"Counterparty:", None))
        self.effectCaption.setText(QCoreApplication.translate("ReversalDialog", u"The reversal:", None))
        self.dateLabel.setText(QCoreApplication.translate("ReversalDialog", u"Reversal &date:", None))
        self.reasonLabel.setText(QCoreApplication.translate("ReversalDialog", u"&Reason:", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("ReversalDialog", u"Why the movement is reversed (required)", None))
        self.acceptLabel.setText(QCoreApplication.translate("ReversalDialog", u"Reason for &accepting:", None))
        self.acceptEdit.setPlaceholderText(QCoreApplication.translate("ReversalDialog", u"Required to record the reversal flagged", None))
    # retranslateUi

