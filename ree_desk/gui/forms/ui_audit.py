# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QFrame, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_AuditScreen(object):
    def setupUi(self, AuditScreen):
        if not AuditScreen.objectName():
            AuditScreen.setObjectName(u"AuditScreen")
        AuditScreen.resize(1100, 720)
        self.mainLayout = QVBoxLayout(AuditScreen)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(18, 16, 18, 14)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(AuditScreen)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(15)
        font.setBold(True)
        self.titleLabel.setFont(font)

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.countLabel = QLabel(AuditScreen)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.headerLayout.addWidget(self.countLabel)


        self.mainLayout.addLayout(self.headerLayout)

        self.filterFrame = QFrame(AuditScreen)
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
        self.groupLabel = QLabel(self.filterFrame)
        self.groupLabel.setObjectName(u"groupLabel")

        self.fieldRow.addWidget(self.groupLabel)

        self.groupCombo = QComboBox(self.filterFrame)
        self.groupCombo.setObjectName(u"groupCombo")
        self.groupCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.groupCombo.setMinimumContentsLength(14)
        self.groupCombo.setMaxVisibleItems(20)

        self.fieldRow.addWidget(self.groupCombo)

        self.userLabel = QLabel(self.filterFrame)
        self.userLabel.setObjectName(u"userLabel")

        self.fieldRow.addWidget(self.userLabel)

        self.userCombo = QComboBox(self.filterFrame)
        self.userCombo.setObjectName(u"userCombo")
        self.userCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.userCombo.setMinimumContentsLength(10)
        self.userCombo.setMaxVisibleItems(20)

        self.fieldRow.addWidget(self.userCombo)

        self.fieldSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fieldRow.addItem(self.fieldSpacer)

        self.busyLabel = QLabel(self.filterFrame)
        self.busyLabel.setObjectName(u"busyLabel")
        self.busyLabel.setText(u"")

        self.fieldRow.addWidget(self.busyLabel)

        self.fieldRow.setStretch(1, 2)
        self.fieldRow.setStretch(3, 2)
        self.fieldRow.setStretch(4, 1)

        self.filterLayout.addLayout(self.fieldRow)


        self.mainLayout.addWidget(self.filterFrame)

        self.splitter = QSplitter(AuditScreen)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.table = QTableView(self.splitter)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        self.splitter.addWidget(self.table)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.detailEdit = QPlainTextEdit(self.splitter)
        self.detailEdit.setObjectName(u"detailEdit")
        self.detailEdit.setReadOnly(True)
        self.detailEdit.setTabChangesFocus(True)
        self.splitter.addWidget(self.detailEdit)

        self.mainLayout.addWidget(self.splitter)

        self.actionLayout = QHBoxLayout()
        self.actionLayout.setSpacing(8)
        self.actionLayout.setObjectName(u"actionLayout")
        self.statusLabel = QLabel(AuditScreen)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)
        self.statusLabel.setText(u"")

        self.actionLayout.addWidget(self.statusLabel)

        self.progressBar = QProgressBar(AuditScreen)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximumSize(QSize(220, 16777215))
        self.progressBar.setTextVisible(False)

        self.actionLayout.addWidget(self.progressBar)

        self.cancelButton = QPushButton(AuditScreen)
        self.cancelButton.setObjectName(u"cancelButton")

        self.actionLayout.addWidget(self.cancelButton)

        self.exportButton = QPushButton(AuditScreen)
        self.exportButton.setObjectName(u"exportButton")

        self.actionLayout.addWidget(self.exportButton)


        self.mainLayout.addLayout(self.actionLayout)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.periodLabel.setBuddy(self.periodCombo)
        self.groupLabel.setBuddy(self.groupCombo)
        self.userLabel.setBuddy(self.userCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.periodCombo)
        QWidget.setTabOrder(self.periodCombo, self.fromDate)
        QWidget.setTabOrder(self.fromDate, self.toDate)
        QWidget.setTabOrder(self.toDate, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.groupCombo)
        QWidget.setTabOrder(self.groupCombo, self.userCombo)
        QWidget.setTabOrder(self.userCombo, self.table)
        QWidget.setTabOrder(self.table, self.detailEdit)
        QWidget.setTabOrder(self.detailEdit, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.exportButton)

        self.retranslateUi(AuditScreen)

        QMetaObject.connectSlotsByName(AuditScreen)
    # setupUi

    def retranslateUi(self, AuditScreen):
        self.titleLabel.setText(QCoreApplication.translate("AuditScreen", u"Audit log", None))
        self.searchLabel.setText(QCoreApplication.translate("AuditScreen", u"&Search:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("AuditScreen", u"File, month, reason, lot or any other part of an event; a number finds that event (Ctrl+F)", None))
        self.periodLabel.setText(QCoreApplication.translate("AuditScreen", u"&Period:", None))
#if QT_CONFIG(tooltip)
        self.fromDate.setToolTip(QCoreApplication.translate("AuditScreen", u"First day of the period", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.toDate.setToolTip(QCoreApplication.translate("AuditScreen", u"Last day of the period", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.clearButton.setToolTip(QCoreApplication.translate("AuditScreen", u"Show every event again", None))
#endif // QT_CONFIG(tooltip)
        self.clearButton.setText(QCoreApplication.translate("AuditScreen", u"&Clear filters", None))
        self.groupLabel.setText(QCoreApplication.translate("AuditScreen", u"&Events:", None))
        self.userLabel.setText(QCoreApplication.translate("AuditScreen", u"&User:", None))
#if QT_CONFIG(tooltip)
        self.detailEdit.setToolTip(QCoreApplication.translate("AuditScreen", u"The selected event as recorded", None))
#endif // QT_CONFIG(tooltip)
        self.detailEdit.setPlaceholderText(QCoreApplication.translate("AuditScreen", u"Select an event to see everything recorded with it.", None))
        self.cancelButton.setText(QCoreApplication.translate("AuditScreen", u"Cancel export", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("AuditScreen", u"Write the filtered events to an xlsx or CSV file (Ctrl+E)", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("AuditScreen", u"&Export\u2026", None))
        pass
    # retranslateUi

