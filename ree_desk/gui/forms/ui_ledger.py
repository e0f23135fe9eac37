# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ledger.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QFrame, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_LedgerScreen(object):
    def setupUi(self, LedgerScreen):
        if not LedgerScreen.objectName():
            LedgerScreen.setObjectName(u"LedgerScreen")
        LedgerScreen.resize(1100, 720)
        self.mainLayout = QVBoxLayout(LedgerScreen)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(18, 16, 18, 14)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(LedgerScreen)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(15)
        font.setBold(True)
        self.titleLabel.setFont(font)

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.countLabel = QLabel(LedgerScreen)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.headerLayout.addWidget(self.countLabel)


        self.mainLayout.addLayout(self.headerLayout)

        self.filterFrame = QFrame(LedgerScreen)
        self.filterFrame.setObjectName(u"filterFrame")
        self.filterFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.filterLayout = QVBoxLayout(self.filterFrame)
        self.filterLayout.setSpacing(8)
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterLayout.setContentsMargins(10, 8, 10, 8)
        self.searchRow = QHBoxLayout()
        self.searchRow.setSpacing(6)
        self.searchRow.setObjectName(u"searchRow")
        self.searchLabel = QLabel(self.filterFrame)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchRow.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(self.filterFrame)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.searchEdit)

        self.periodLabel = QLabel(self.filterFrame)
        self.periodLabel.setObjectName(u"periodLabel")

        self.searchRow.addWidget(self.periodLabel)

        self.periodCombo = QComboBox(self.filterFrame)
        self.periodCombo.setObjectName(u"periodCombo")
        self.periodCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.periodCombo.setMinimumContentsLength(8)

        self.searchRow.addWidget(self.periodCombo)

        self.fromDate = QDateEdit(self.filterFrame)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setDisplayFormat(u"yyyy-MM-dd")
        self.fromDate.setCalendarPopup(True)

        self.searchRow.addWidget(self.fromDate)

        self.rangeDash = QLabel(self.filterFrame)
        self.rangeDash.setObjectName(u"rangeDash")
        self.rangeDash.setText(u"\u2013")

        self.searchRow.addWidget(self.rangeDash)

        self.toDate = QDateEdit(self.filterFrame)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setDisplayFormat(u"yyyy-MM-dd")
        self.toDate.setCalendarPopup(True)

        self.searchRow.addWidget(self.toDate)

        self.clearButton = QPushButton(self.filterFrame)
        self.clearButton.setObjectName(u"clearButton")

        self.searchRow.addWidget(self.clearButton)

        self.searchRow.setStretch(1, 1)

        self.filterLayout.addLayout(self.searchRow)

        self.fieldRow = QHBoxLayout()
        self.fieldRow.setSpacing(6)
        self.fieldRow.setObjectName(u"fieldRow")
        self.typeLabel = QLabel(self.filterFrame)
        self.typeLabel.setObjectName(u"typeLabel")

        self.fieldRow.addWidget(self.typeLabel)

        self.typeCombo = QComboBox(self.filterFrame)
        self.typeCombo.setObjectName(u"typeCombo")
        self.typeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.typeCombo.setMinimumContentsLength(8)

        self.fieldRow.addWidget(self.typeCombo)

        self.materialLabel = QLabel(self.filterFrame)
        self.materialLabel.setObjectName(u"materialLabel")

        self.fieldRow.addWidget(self.materialLabel)

        self.materialCombo = QComboBox(self.filterFrame)
        self.materialCombo.setObjectName(u"materialCombo")
        self.materialCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.materialCombo.setMinimumContentsLength(12)
        self.materialCombo.setMaxVisibleItems(20)

        self.fieldRow.addWidget(self.materialCombo)

        self.lotLabel = QLabel(self.filterFrame)
        self.lotLabel.setObjectName(u"lotLabel")

        self.fieldRow.addWidget(self.lotLabel)

        self.lotEdit = QLineEdit(self.filterFrame)
        self.lotEdit.setObjectName(u"lotEdit")
        self.lotEdit.setMinimumSize(QSize(120, 0))
        self.lotEdit.setClearButtonEnabled(True)

        self.fieldRow.addWidget(self.lotEdit)

        self.originLabel = QLabel(self.filterFrame)
        self.originLabel.setObjectName(u"originLabel")

        self.fieldRow.addWidget(self.originLabel)

        self.originCombo = QComboBox(self.filterFrame)
        self.originCombo.setObjectName(u"originCombo")
        self.originCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.originCombo.setMinimumContentsLength(8)
        self.originCombo.setMaxVisibleItems(20)

        self.fieldRow.addWidget(self.originCombo)

        self.counterpartyLabel = QLabel(self.filterFrame)
        self.counterpartyLabel.setObjectName(u"counterpartyLabel")

        self.fieldRow.addWidget(self.counterpartyLabel)

        self.counterpartyEdit = QLineEdit(self.filterFrame)
        self.counterpartyEdit.setObjectName(u"counterpartyEdit")
        self.counterpartyEdit.setMinimumSize(QSize(120, 0))
        self.counterpartyEdit.setClearButtonEnabled(True)

        self.fieldRow.addWidget(self.counterpartyEdit)

        self.busyLabel = QLabel(self.filterFrame)
        self.busyLabel.setObjectName(u"busyLabel")
        self.busyLabel.setText(u"")

        self.fieldRow.addWidget(self.busyLabel)

        self.fieldRow.setStretch(1, 2)
        self.fieldRow.setStretch(3, 3)
        self.fieldRow.setStretch(5, 2)
        self.fieldRow.setStretch(7, 2)
        self.fieldRow.setStretch(9, 3)

        self.filterLayout.addLayout(self.fieldRow)


        self.mainLayout.addWidget(self.filterFrame)

        self.table = QTableView(LedgerScreen)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.table)

        self.linkFrame = QFrame(LedgerScreen)
        self.linkFrame.setObjectName(u"linkFrame")
        self.linkFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.linkLayout = QHBoxLayout(self.linkFrame)
        self.linkLayout.setObjectName(u"linkLayout")
        self.linkLayout.setContentsMargins(10, 6, 6, 6)
        self.detailsLabel = QLabel(self.linkFrame)
        self.detailsLabel.setObjectName(u"detailsLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.detailsLabel.sizePolicy().hasHeightForWidth())
        self.detailsLabel.setSizePolicy(sizePolicy)
        self.detailsLabel.setText(u"")
        self.detailsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.linkLayout.addWidget(self.detailsLabel)

        self.linkButton = QPushButton(self.linkFrame)
        self.linkButton.setObjectName(u"linkButton")
        self.linkButton.setEnabled(False)
        self.linkButton.setText(u"")

        self.linkLayout.addWidget(self.linkButton)


        self.mainLayout.addWidget(self.linkFrame)

        self.actionLayout = QHBoxLayout()
        self.actionLayout.setSpacing(8)
        self.actionLayout.setObjectName(u"actionLayout")
        self.statusLabel = QLabel(LedgerScreen)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)
        self.statusLabel.setText(u"")

        self.actionLayout.addWidget(self.statusLabel)

        self.progressBar = QProgressBar(LedgerScreen)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximumSize(QSize(220, 16777215))
        self.progressBar.setTextVisible(False)

        self.actionLayout.addWidget(self.progressBar)

        self.cancelButton = QPushButton(LedgerScreen)
        self.cancelButton.setObjectName(u"cancelButton")

        self.actionLayout.addWidget(self.cancelButton)

        self.reverseButton = QPushButton(LedgerScreen)
        self.reverseButton.setObjectName(u"reverseButton")
        self.reverseButton.setEnabled(False)

        self.actionLayout.addWidget(self.reverseButton)

        self.exportButton = QPushButton(LedgerScreen)
        self.exportButton.setObjectName(u"exportButton")

        self.actionLayout.addWidget(self.exportButton)


        self.mainLayout.addLayout(self.actionLayout)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.periodLabel.setBuddy(self.periodCombo)
        self.typeLabel.setBuddy(self.typeCombo)
        self.materialLabel.setBuddy(self.materialCombo)
        self.lotLabel.setBuddy(self.lotEdit)
        self.originLabel.setBuddy(self.originCombo)
        self.counterpartyLabel.setBuddy(self.counterpartyEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.periodCombo)
        QWidget.setTabOrder(self.periodCombo, self.fromDate)
        QWidget.setTabOrder(self.fromDate, self.toDate)
        QWidget.setTabOrder(self.toDate, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.materialCombo)
        QWidget.setTabOrder(self.materialCombo, self.lotEdit)
        QWidget.setTabOrder(self.lotEdit, self.originCombo)
        QWidget.setTabOrder(self.originCombo, self.counterpartyEdit)
        QWidget.setTabOrder(self.counterpartyEdit, self.table)
        QWidget.setTabOrder(self.table, self.linkButton)
        QWidget.setTabOrder(self.linkButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.reverseButton)
        QWidget.setTabOrder(self.reverseButton, self.exportButton)

        self.retranslateUi(LedgerScreen)

        QMetaObject.connectSlotsByName(LedgerScreen)
    # setupUi

    def retranslateUi(self, LedgerScreen):
        self.titleLabel.setText(QCoreApplication.translate("LedgerScreen", u"Ledger", None))
        self.searchLabel.setText(QCoreApplication.translate("LedgerScreen", u"&Search:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("LedgerScreen", u"Lot, counterparty, invoice, customs no., note or movement No. (Ctrl+F)", None))
        self.periodLabel.setText(QCoreApplication.translate("LedgerScreen", u"&Period:", None))
#if QT_CONFIG(tooltip)
        self.fromDate.setToolTip(QCoreApplication.translate("LedgerScreen", u"First day of the period", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.toDate.setToolTip(QCoreApplication.translate("LedgerScreen", u"Last day of the period", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.clearButton.setToolTip(QCoreApplication.translate("LedgerScreen", u"Show every movement again", None))
#endif // QT_CONFIG(tooltip)
        self.clearButton.setText(QCoreApplication.translate("LedgerScreen", u"&Clear filters", None))
        self.typeLabel.setText(QCoreApplication.translate("LedgerScreen", u"&Type:", None))
        self.materialLabel.setText(QCoreApplication.translate("LedgerScreen", u"&Material:", None))
        self.lotLabel.setText(QCoreApplication.translate("LedgerScreen", u"&Lot:", None))
        self.lotEdit.setPlaceholderText(QCoreApplication.translate("LedgerScreen", u"Part of a lot No.", None))
        self.originLabel.setText(QCoreApplication.translate("LedgerScreen", u"&Origin:", None))
        self.counterpartyLabel.setText(QCoreApplication.translate("LedgerScreen", u"Co&unterparty:", None))
        self.counterpartyEdit.setPlaceholderText(QCoreApplication.translate("LedgerScreen", u"Any part of the name", None))
        self.cancelButton.setText(QCoreApplication.translate("LedgerScreen", u"Cancel export", None))
#if QT_CONFIG(tooltip)
        self.reverseButton.setToolTip(QCoreApplication.translate("LedgerScreen", u"Post a reversal of the selected movement, with a reason (Ctrl+R)", None))
#endif // QT_CONFIG(tooltip)
        self.reverseButton.setText(QCoreApplication.translate("LedgerScreen", u"&Reverse\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("LedgerScreen", u"Write the filtered movements to an xlsx or CSV file (Ctrl+E)", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("LedgerScreen", u"&Export\u2026", None))
        pass
    # retranslateUi

