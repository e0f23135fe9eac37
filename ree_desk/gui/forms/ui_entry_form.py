# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'entry_form.ui'
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
from PySide6.QtWidgets import (QApplication, QDateEdit, QFrame, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QToolButton, QVBoxLayout,
    QWidget)

class Ui_EntryForm(object):
    def setupUi(self, EntryForm):
        if not EntryForm.objectName():
            EntryForm.setObjectName(u"EntryForm")
        EntryForm.resize(1040, 680)
        self.formLayout = QHBoxLayout(EntryForm)
        self.formLayout.setSpacing(18)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setSpacing(10)
        self.leftColumn.setObjectName(u"leftColumn")
        self.typeBar = QFrame(EntryForm)
        self.typeBar.setObjectName(u"typeBar")
        self.typeBarLayout = QHBoxLayout(self.typeBar)
        self.typeBarLayout.setSpacing(0)
        self.typeBarLayout.setObjectName(u"typeBarLayout")
        self.typeBarLayout.setContentsMargins(0, 0, 0, 0)
        self.typeReceipt = QToolButton(self.typeBar)
        self.typeReceipt.setObjectName(u"typeReceipt")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.typeReceipt.sizePolicy().hasHeightForWidth())
        self.typeReceipt.setSizePolicy(sizePolicy)
        self.typeReceipt.setMinimumSize(QSize(0, 40))
        self.typeReceipt.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.typeReceipt.setText(u"Receipt")
        self.typeReceipt.setCheckable(True)
        self.typeReceipt.setAutoExclusive(True)

        self.typeBarLayout.addWidget(self.typeReceipt)

        self.typeMined = QToolButton(self.typeBar)
        self.typeMined.setObjectName(u"typeMined")
        sizePolicy.setHeightForWidth(self.typeMined.sizePolicy().hasHeightForWidth())
        self.typeMined.setSizePolicy(sizePolicy)
        self.typeMined.setMinimumSize(QSize(0, 40))
        self.typeMined.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.typeMined.setText(u"Mining output")
        self.typeMined.setCheckable(True)
        self.typeMined.setAutoExclusive(True)

        self.typeBarLayout.addWidget(self.typeMined)

        self.typeFeed = QToolButton(self.typeBar)
        self.typeFeed.setObjectName(u"typeFeed")
        sizePolicy.setHeightForWidth(self.typeFeed.sizePolicy().hasHeightForWidth())
        self.typeFeed.setSizePolicy(sizePolicy)
        self.typeFeed.setMinimumSize(QSize(0, 40))
        self.typeFeed.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.typeFeed.setText(u"Feed")
        self.typeFeed.setCheckable(True)
        self.typeFeed.setAutoExclusive(True)

        self.typeBarLayout.addWidget(self.typeFeed)

        self.typeOutput = QToolButton(self.typeBar)
        self.typeOutput.setObjectName(u"typeOutput")
        sizePolicy.setHeightForWidth(self.typeOutput.sizePolicy().hasHeightForWidth())
        self.typeOutput.setSizePolicy(sizePolicy)
        self.typeOutput.setMinimumSize(QSize(0, 40))
        self.typeOutput.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.typeOutput.setText(u"Output")
        self.typeOutput.setCheckable(True)
        self.typeOutput.setAutoExclusive(True)

        self.typeBarLayout.addWidget(self.typeOutput)

        self.typeShipment = QToolButton(self.typeBar)
        self.typeShipment.setObjectName(u"typeShipment")
        sizePolicy.setHeightForWidth(self.typeShipment.sizePolicy().hasHeightForWidth())
        self.typeShipment.setSizePolicy(sizePolicy)
        self.typeShipment.setMinimumSize(QSize(0, 40))
        self.typeShipment.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.typeShipment.setText(u"Shipment")
        self.typeShipment.setCheckable(True)
        self.typeShipment.setAutoExclusive(True)

        self.typeBarLayout.addWidget(self.typeShipment)

        self.typeAdjustment = QToolButton(self.typeBar)
        self.typeAdjustment.setObjectName(u"typeAdjustment")
        sizePolicy.setHeightForWidth(self.typeAdjustment.sizePolicy().hasHeightForWidth())
        self.typeAdjustment.setSizePolicy(sizePolicy)
        self.typeAdjustment.setMinimumSize(QSize(0, 40))
        self.typeAdjustment.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.typeAdjustment.setText(u"Adjustment")
        self.typeAdjustment.setCheckable(True)
        self.typeAdjustment.setAutoExclusive(True)

        self.typeBarLayout.addWidget(self.typeAdjustment)


        self.leftColumn.addWidget(self.typeBar)

        self.typeHint = QLabel(EntryForm)
        self.typeHint.setObjectName(u"typeHint")
        self.typeHint.setWordWrap(True)

        self.leftColumn.addWidget(self.typeHint)

        self.fieldsGrid = QGridLayout()
        self.fieldsGrid.setObjectName(u"fieldsGrid")
        self.fieldsGrid.setHorizontalSpacing(12)
        self.fieldsGrid.setVerticalSpacing(6)
        self.dateLabel = QLabel(EntryForm)
        self.dateLabel.setObjectName(u"dateLabel")

        self.fieldsGrid.addWidget(self.dateLabel, 0, 0, 1, 1)

        self.dateEdit = QDateEdit(EntryForm)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setMinimumSize(QSize(260, 0))
        self.dateEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.dateEdit.setCalendarPopup(True)

        self.fieldsGrid.addWidget(self.dateEdit, 0, 1, 1, 1)

        self.dateProblem = QLabel(EntryForm)
        self.dateProblem.setObjectName(u"dateProblem")
        self.dateProblem.setWordWrap(True)
        self.dateProblem.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        self.fieldsGrid.addWidget(self.dateProblem, 0, 2, 1, 1)

        self.materialLabel = QLabel(EntryForm)
        self.materialLabel.setObjectName(u"materialLabel")

        self.fieldsGrid.addWidget(self.materialLabel, 1, 0, 1, 1)

        self.materialEdit = QLineEdit(EntryForm)
        self.materialEdit.setObjectName(u"materialEdit")
        self.materialEdit.setMinimumSize(QSize(260, 0))

        self.fieldsGrid.addWidget(self.materialEdit, 1, 1, 1, 1)

        self.materialProblem = QLabel(EntryForm)
        self.materialProblem.setObjectName(u"materialProblem")
        self.materialProblem.setWordWrap(True)
        self.materialProblem.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        self.fieldsGrid.addWidget(self.materialProblem, 1, 2, 1, 1)

        self.lotLabel = QLabel(EntryForm)
        self.lotLabel.setObjectName(u"lotLabel")

        self.fieldsGrid.addWidget(self.lotLabel, 2, 0, 1, 1)

        self.lotEdit = QLineEdit(EntryForm)
        self.lotEdit.setObjectName(u"lotEdit")
        self.lotEdit.setMinimumSize(QSize(260, 0))

        self.fieldsGrid.addWidget(self.lotEdit, 2, 1, 1, 1)

        self.lotProblem = QLabel(EntryForm)
        self.lotProblem.setObjectName(u"lotProblem")
        self.lotProblem.setWordWrap(True)
        self.lotProblem.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        self.fieldsGrid.addWidget(self.lotProblem, 2, 2, 1, 1)

        self.massLabel = QLabel(EntryForm)
        self.massLabel.setObjectName(u"massLabel")

        self.fieldsGrid.addWidget(self.massLabel, 3, 0, 1, 1)

        self.massEdit = QLineEdit(EntryForm)
        self.massEdit.setObjectName(u"massEdit")
        self.massEdit.setMinimumSize(QSize(260, 0))
        self.massEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.fieldsGrid.addWidget(self.massEdit, 3, 1, 1, 1)

        self.massProblem = QLabel(EntryForm)
        self.massProblem.setObjectName(u"massProblem")
        self.massProblem.setWordWrap(True)
        self.massProblem.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        self.fieldsGrid.addWidget(self.massProblem, 3, 2, 1, 1)

        self.gradeLabel = QLabel(EntryForm)
        self.gradeLabel.setObjectName(u"gradeLabel")

        self.fieldsGrid.addWidget(self.gradeLabel, 4, 0, 1, 1)

        self.gradeEdit = QLineEdit(EntryForm)
        self.gradeEdit.setObjectName(u"gradeEdit")
        self.gradeEdit.setMinimumSize(QSize(260, 0))
        self.gradeEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.fieldsGrid.addWidget(self.gradeEdit, 4, 1, 1, 1)

        self.gradeProblem = QLabel(EntryForm)
        self.gradeProblem.setObjectName(u"gradeProblem")
        self.gradeProblem.setWordWrap(True)
        self.gradeProblem.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        self.fieldsGrid.addWidget(self.gradeProblem, 4, 2, 1, 1)

        self.originLabel = QLabel(EntryForm)
        self.originLabel.setObjectName(u"originLabel")

        self.fieldsGrid.addWidget(self.originLabel, 5, 0, 1, 1)

        self.originEdit = QLineEdit(EntryForm)
        self.originEdit.setObjectName(u"originEdit")
        self.originEdit.setMinimumSize(QSize(260, 0))

        self.fieldsGrid.addWidget(self.originEdit, 5, 1, 1, 1)

        self.originProblem = QLabel(EntryForm)
        self.originProblem.setObjectName(u"originProblem")
        self.originProblem.setWordWrap(True)
        self.originProblem.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        self.fieldsGrid.addWidget(self.originProblem, 5, 2, 1, 1)

        self.originDetailLabel = QLabel(EntryForm)
        self.originDetailLabel.setObjectName(u"originDetailLabel")

        self.fieldsGrid.addWidget(self.originDetailLabel, 6, 0, 1, 1)

        self.originDetailEdit = QLineEdit(EntryForm)
        self.originDetailEdit.setObjectName(u"originDetailEdit")
        self.originDetailEdit.setMinimumSize(QSize(260, 0))

        self.fieldsGrid.addWidget(self.originDetailEdit, 6, 1, 1, 1)

        self.originDetailProblem = QLabel(EntryForm)
        self.originDetailProblem.setObjectName(u"originDetailProblem")
        self.originDetailProblem.setWordWrap(True)
        self.originDetailProblem.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        self.fieldsGrid.addWidget(self.originDetailProblem, 6, 2, 1, 1)

        self.counterpartyLabel = QLabel(EntryForm)
        self.counterpartyLabel.setObjectName(u"counterpartyLabel")

        self.fieldsGrid.addWidget(self.counterpartyLabel, 7, 0, 1, 1)

        self.counterpartyEdit = QLineEdit(EntryForm)
        self.counterpartyEdit.setObjectName(u"counterpartyEdit")
        self.counterpartyEdit.setMinimumSize(QSize(260, 0))

        self.fieldsGrid.addWidget(self.counterpartyEdit, 7, 1, 1, 1)

        self.counterpartyProblem = QLabel(EntryForm)
        self.counterpartyProblem.setObjectName(u"counterpartyProblem")
        self.counterpartyProblem.setWordWrap(True)
        self.counterpartyProblem.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        self.fieldsGrid.addWidget(self.counterpartyProblem, 7, 2, 1, 1)

        self.creditCodeLabel = QLabel(EntryForm)
        self.creditCodeLabel.setObjectName(u"creditCodeLabel")

        self.fieldsGrid.addWidget(self.creditCodeLabel, 8, 0, 1, 1)

        self.creditCodeEdit = QLineEdit(EntryForm)
        self.creditCodeEdit.setObjectName(u"creditCodeEdit")
        self.creditCodeEdit.setMinimumSize(QSize(260, 0))

        self.fieldsGrid.addWidget(self.creditCodeEdit, 8, 1, 1, 1)

        self.creditCodeProblem = QLabel(EntryForm)
        self.creditCodeProblem.setObjectName(u"creditCodeProblem")
        self.creditCodeProblem.setWordWrap(True)
        self.creditCodeProblem.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        self.fieldsGrid.addWidget(self.creditCodeProblem, 8, 2, 1, 1)

        self.customsLabel = QLabel(EntryForm)
        self.customsLabel.setObjectName(u"customsLabel")

        self.fieldsGrid.addWidget(self.customsLabel, 9, 0, 1, 1)

        self.customsEdit = QLineEdit(EntryForm)
        self.customsEdit.setObjectName(u"customsEdit")
        self.customsEdit.setMinimumSize(QSize(260, 0))

        self.fieldsGrid.addWidget(self.customsEdit, 9, 1, 1, 1)

        self.customsProblem = QLabel(EntryForm)
        self.customsProblem.setObjectName(u"customsProblem")
        self.customsProblem.setWordWrap(True)
        self.customsProblem.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        self.fieldsGrid.addWidget(self.customsProblem, 9, 2, 1, 1)

        self.invoiceLabel = QLabel(EntryForm)
        self.invoiceLabel.setObjectName(u"invoiceLabel")

        self.fieldsGrid.addWidget(self.invoiceLabel, 10, 0, 1, 1)

        self.invoiceEdit = QLineEdit(EntryForm)
        self.invoiceEdit.setObjectName(u"invoiceEdit")
        self.invoiceEdit.setMinimumSize(QSize(260, 0))

        self.fieldsGrid.addWidget(self.invoiceEdit, 10, 1, 1, 1)

        self.invoiceProblem = QLabel(EntryForm)
        self.invoiceProblem.setObjectName(u"invoiceProblem")
        self.invoiceProblem.setWordWrap(True)
        self.invoiceProblem.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        self.fieldsGrid.addWidget(self.invoiceProblem, 10, 2, 1, 1)

        self.runLabel = QLabel(EntryForm)
        self.runLabel.setObjectName(u"runLabel")

        self.fieldsGrid.addWidget(self.runLabel, 11, 0, 1, 1)

        self.runEdit = QLineEdit(EntryForm)
        self.runEdit.setObjectName(u"runEdit")
        self.runEdit.setMinimumSize(QSize(260, 0))

        self.fieldsGrid.addWidget(self.runEdit, 11, 1, 1, 1)

        self.runProblem = QLabel(EntryForm)
        self.runProblem.setObjectName(u"runProblem")
        self.runProblem.setWordWrap(True)
        self.runProblem.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        self.fieldsGrid.addWidget(self.runProblem, 11, 2, 1, 1)

        self.destinationLabel = QLabel(EntryForm)
        self.destinationLabel.setObjectName(u"destinationLabel")

        self.fieldsGrid.addWidget(self.destinationLabel, 12, 0, 1, 1)

        self.destinationEdit = QLineEdit(EntryForm)
        self.destinationEdit.setObjectName(u"destinationEdit")
        self.destinationEdit.setMinimumSize(QSize(260, 0))

        self.fieldsGrid.addWidget(self.destinationEdit, 12, 1, 1, 1)

        self.destinationProblem = QLabel(EntryForm)
        self.destinationProblem.setObjectName(u"destinationProblem")
        self.destinationProblem.setWordWrap(True)
        self.destinationProblem.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        self.fieldsGrid.addWidget(self.destinationProblem, 12, 2, 1, 1)

        self.noteLabel = QLabel(EntryForm)
        self.noteLabel.setObjectName(u"noteLabel")

        self.fieldsGrid.addWidget(self.noteLabel, 13, 0, 1, 1)

        self.noteEdit = QLineEdit(EntryForm)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMinimumSize(QSize(260, 0))

        self.fieldsGrid.addWidget(self.noteEdit, 13, 1, 1, 1)

        self.noteProblem = QLabel(EntryForm)
        self.noteProblem.setObjectName(u"noteProblem")
        self.noteProblem.setWordWrap(True)
        self.noteProblem.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        self.fieldsGrid.addWidget(self.noteProblem, 13, 2, 1, 1)

        self.fieldsGrid.setColumnStretch(1, 3)
        self.fieldsGrid.setColumnStretch(2, 3)

        self.leftColumn.addLayout(self.fieldsGrid)

        self.actions = QHBoxLayout()
        self.actions.setSpacing(10)
        self.actions.setObjectName(u"actions")
        self.postButton = QPushButton(EntryForm)
        self.postButton.setObjectName(u"postButton")
        self.postButton.setMinimumSize(QSize(150, 34))

        self.actions.addWidget(self.postButton)

        self.clearButton = QPushButton(EntryForm)
        self.clearButton.setObjectName(u"clearButton")
        self.clearButton.setMinimumSize(QSize(0, 34))

        self.actions.addWidget(self.clearButton)

        self.missingLabel = QLabel(EntryForm)
        self.missingLabel.setObjectName(u"missingLabel")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.missingLabel.sizePolicy().hasHeightForWidth())
        self.missingLabel.setSizePolicy(sizePolicy1)
        self.missingLabel.setWordWrap(True)

        self.actions.addWidget(self.missingLabel)


        self.leftColumn.addLayout(self.actions)

        self.statusLabel = QLabel(EntryForm)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.leftColumn.addWidget(self.statusLabel)

        self.formSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.formSpacer)


        self.formLayout.addLayout(self.leftColumn)

        self.previewPanel = QFrame(EntryForm)
        self.previewPanel.setObjectName(u"previewPanel")
        self.previewPanel.setMinimumSize(QSize(320, 0))
        self.previewPanel.setMaximumSize(QSize(320, 16777215))
        self.previewLayout = QVBoxLayout(self.previewPanel)
        self.previewLayout.setSpacing(6)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(16, 14, 16, 14)
        self.previewTitle = QLabel(self.previewPanel)
        self.previewTitle.setObjectName(u"previewTitle")
        self.previewTitle.setWordWrap(True)

        self.previewLayout.addWidget(self.previewTitle)

        self.reoCaption = QLabel(self.previewPanel)
        self.reoCaption.setObjectName(u"reoCaption")
        self.reoCaption.setWordWrap(True)

        self.previewLayout.addWidget(self.reoCaption)

        self.reoValue = QLabel(self.previewPanel)
        self.reoValue.setObjectName(u"reoValue")
        self.reoValue.setWordWrap(True)

        self.previewLayout.addWidget(self.reoValue)

        self.reoFormula = QLabel(self.previewPanel)
        self.reoFormula.setObjectName(u"reoFormula")
        self.reoFormula.setWordWrap(True)

        self.previewLayout.addWidget(self.reoFormula)

        self.materialInfo = QLabel(self.previewPanel)
        self.materialInfo.setObjectName(u"materialInfo")
        self.materialInfo.setWordWrap(True)

        self.previewLayout.addWidget(self.materialInfo)

        self.previewLine = QFrame(self.previewPanel)
        self.previewLine.setObjectName(u"previewLine")
        self.previewLine.setFrameShape(QFrame.Shape.HLine)
        self.previewLine.setFrameShadow(QFrame.Shadow.Sunken)

        self.previewLayout.addWidget(self.previewLine)

        self.quotaCaption = QLabel(self.previewPanel)
        self.quotaCaption.setObjectName(u"quotaCaption")
        self.quotaCaption.setWordWrap(True)

        self.previewLayout.addWidget(self.quotaCaption)

        self.quotaText = QLabel(self.previewPanel)
        self.quotaText.setObjectName(u"quotaText")
        self.quotaText.setWordWrap(True)

        self.previewLayout.addWidget(self.quotaText)

        self.stockCaption = QLabel(self.previewPanel)
        self.stockCaption.setObjectName(u"stockCaption")
        self.stockCaption.setWordWrap(True)

        self.previewLayout.addWidget(self.stockCaption)

        self.stockText = QLabel(self.previewPanel)
        self.stockText.setObjectName(u"stockText")
        self.stockText.setWordWrap(True)

        self.previewLayout.addWidget(self.stockText)

        self.previewWarning = QLabel(self.previewPanel)
        self.previewWarning.setObjectName(u"previewWarning")
        self.previewWarning.setWordWrap(True)

        self.previewLayout.addWidget(self.previewWarning)

        self.previewSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.previewLayout.addItem(self.previewSpacer)

        self.shortcutsHelp = QLabel(self.previewPanel)
        self.shortcutsHelp.setObjectName(u"shortcutsHelp")
        self.shortcutsHelp.setWordWrap(True)
        self.shortcutsHelp.setTextFormat(Qt.TextFormat.RichText)

        self.previewLayout.addWidget(self.shortcutsHelp)


        self.formLayout.addWidget(self.previewPanel)

        self.formLayout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.materialLabel.setBuddy(self.materialEdit)
        self.lotLabel.setBuddy(self.lotEdit)
        self.massLabel.setBuddy(self.massEdit)
        self.gradeLabel.setBuddy(self.gradeEdit)
        self.originLabel.setBuddy(self.originEdit)
        self.originDetailLabel.setBuddy(self.originDetailEdit)
        self.counterpartyLabel.setBuddy(self.counterpartyEdit)
        self.creditCodeLabel.setBuddy(self.creditCodeEdit)
        self.customsLabel.setBuddy(self.customsEdit)
        self.invoiceLabel.setBuddy(self.invoiceEdit)
        self.runLabel.setBuddy(self.runEdit)
        self.destinationLabel.setBuddy(self.destinationEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.materialEdit)
        QWidget.setTabOrder(self.materialEdit, self.lotEdit)
        QWidget.setTabOrder(self.lotEdit, self.massEdit)
        QWidget.setTabOrder(self.massEdit, self.gradeEdit)
        QWidget.setTabOrder(self.gradeEdit, self.originEdit)
        QWidget.setTabOrder(self.originEdit, self.originDetailEdit)
        QWidget.setTabOrder(self.originDetailEdit, self.counterpartyEdit)
        QWidget.setTabOrder(self.counterpartyEdit, self.creditCodeEdit)
        QWidget.setTabOrder(self.creditCodeEdit, self.customsEdit)
        QWidget.setTabOrder(self.customsEdit, self.invoiceEdit)
        QWidget.setTabOrder(self.invoiceEdit, self.runEdit)
        QWidget.setTabOrder(self.runEdit, self.destinationEdit)
        QWidget.setTabOrder(self.destinationEdit, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.postButton)
        QWidget.setTabOrder(self.postButton, self.clearButton)

        self.retranslateUi(EntryForm)

        QMetaObject.connectSlotsByName(EntryForm)
    # setupUi

    def retranslateUi(self, EntryForm):
        self.dateLabel.setText(QCoreApplication.translate("EntryForm", u"Date", None))
        self.materialLabel.setText(QCoreApplication.translate("EntryForm", u"Material", None))
        self.materialEdit.setPlaceholderText(QCoreApplication.translate("EntryForm", u"Code or name, e.g. CONC-BAST or \u6c1f\u78b3\u94c8\u77ff", None))
        self.lotLabel.setText(QCoreApplication.translate("EntryForm", u"Lot", None))
        self.lotEdit.setPlaceholderText(QCoreApplication.translate("EntryForm", u"Lot number", None))
        self.massLabel.setText(QCoreApplication.translate("EntryForm", u"Net mass (kg)", None))
        self.massEdit.setPlaceholderText(QCoreApplication.translate("EntryForm", u"e.g. 12,345.678", None))
        self.gradeLabel.setText(QCoreApplication.translate("EntryForm", u"Grade (TREO %)", None))
        self.gradeEdit.setPlaceholderText(QCoreApplication.translate("EntryForm", u"e.g. 65.5", None))
        self.originLabel.setText(QCoreApplication.translate("EntryForm", u"Origin", None))
        self.originEdit.setPlaceholderText(QCoreApplication.translate("EntryForm", u"Country code or name, e.g. CN, MM, \u7f05\u7538", None))
        self.originDetailLabel.setText(QCoreApplication.translate("EntryForm", u"Origin detail", None))
        self.originDetailEdit.setPlaceholderText(QCoreApplication.translate("EntryForm", u"Province, mine or port", None))
        self.counterpartyLabel.setText(QCoreApplication.translate("EntryForm", u"Counterparty", None))
        self.counterpartyEdit.setPlaceholderText(QCoreApplication.translate("EntryForm", u"Supplier or customer", None))
        self.creditCodeLabel.setText(QCoreApplication.translate("EntryForm", u"Credit code", None))
        self.creditCodeEdit.setPlaceholderText(QCoreApplication.translate("EntryForm", u"18 characters", None))
        self.customsLabel.setText(QCoreApplication.translate("EntryForm", u"Customs declaration no.", None))
        self.invoiceLabel.setText(QCoreApplication.translate("EntryForm", u"Invoice no.", None))
        self.runLabel.setText(QCoreApplication.translate("EntryForm", u"Production run", None))
        self.runEdit.setPlaceholderText(QCoreApplication.translate("EntryForm", u"e.g. R2026-118", None))
        self.destinationLabel.setText(QCoreApplication.translate("EntryForm", u"Destination", None))
        self.destinationEdit.setPlaceholderText(QCoreApplication.translate("EntryForm", u"Country code or name", None))
        self.noteLabel.setText(QCoreApplication.translate("EntryForm", u"Note", None))
        self.postButton.setText(QCoreApplication.translate("EntryForm", u"Post  (Enter)", None))
        self.clearButton.setText(QCoreApplication.translate("EntryForm", u"Clear", None))
        self.previewTitle.setText(QCoreApplication.translate("EntryForm", u"Before posting", None))
        self.reoCaption.setText(QCoreApplication.translate("EntryForm", u"REO content", None))
        self.quotaCaption.setText(QCoreApplication.translate("EntryForm", u"Quota", None))
        self.stockCaption.setText(QCoreApplication.translate("EntryForm", u"Stock of the lot", None))
        pass
    # retranslateUi

