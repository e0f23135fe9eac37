# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'quotas.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_QuotasScreen(object):
    def setupUi(self, QuotasScreen):
        if not QuotasScreen.objectName():
            QuotasScreen.setObjectName(u"QuotasScreen")
        QuotasScreen.resize(1100, 720)
        self.rootLayout = QVBoxLayout(QuotasScreen)
        self.rootLayout.setSpacing(8)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(16, 12, 16, 8)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(10)
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(QuotasScreen)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel)

        self.titleSpacer = QSpacerItem(16, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.titleSpacer)

        self.yearLabel = QLabel(QuotasScreen)
        self.yearLabel.setObjectName(u"yearLabel")

        self.headerLayout.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(QuotasScreen)
        self.yearCombo.setObjectName(u"yearCombo")
        self.yearCombo.setMinimumContentsLength(6)

        self.headerLayout.addWidget(self.yearCombo)

        self.headerSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.statusLabel = QLabel(QuotasScreen)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")

        self.headerLayout.addWidget(self.statusLabel)

        self.addButton = QPushButton(QuotasScreen)
        self.addButton.setObjectName(u"addButton")

        self.headerLayout.addWidget(self.addButton)

        self.editButton = QPushButton(QuotasScreen)
        self.editButton.setObjectName(u"editButton")

        self.headerLayout.addWidget(self.editButton)


        self.rootLayout.addLayout(self.headerLayout)

        self.splitter = QSplitter(QuotasScreen)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.allocationsGroup = QGroupBox(self.splitter)
        self.allocationsGroup.setObjectName(u"allocationsGroup")
        self.allocationsLayout = QVBoxLayout(self.allocationsGroup)
        self.allocationsLayout.setObjectName(u"allocationsLayout")
        self.allocationsView = QTableView(self.allocationsGroup)
        self.allocationsView.setObjectName(u"allocationsView")
        self.allocationsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.allocationsView.setAlternatingRowColors(True)
        self.allocationsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.allocationsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.allocationsView.setShowGrid(False)
        self.allocationsView.setWordWrap(False)
        self.allocationsView.horizontalHeader().setStretchLastSection(False)
        self.allocationsView.verticalHeader().setVisible(False)

        self.allocationsLayout.addWidget(self.allocationsView)

        self.totalsLabel = QLabel(self.allocationsGroup)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setText(u"")
        self.totalsLabel.setWordWrap(True)

        self.allocationsLayout.addWidget(self.totalsLabel)

        self.splitter.addWidget(self.allocationsGroup)
        self.chartsWidget = QWidget(self.splitter)
        self.chartsWidget.setObjectName(u"chartsWidget")
        self.chartsLayout = QHBoxLayout(self.chartsWidget)
        self.chartsLayout.setSpacing(10)
        self.chartsLayout.setObjectName(u"chartsLayout")
        self.chartsLayout.setContentsMargins(0, 0, 0, 0)
        self.originGroup = QGroupBox(self.chartsWidget)
        self.originGroup.setObjectName(u"originGroup")
        self.originChartLayout = QVBoxLayout(self.originGroup)
        self.originChartLayout.setObjectName(u"originChartLayout")

        self.chartsLayout.addWidget(self.originGroup)

        self.monthGroup = QGroupBox(self.chartsWidget)
        self.monthGroup.setObjectName(u"monthGroup")
        self.monthGroupLayout = QVBoxLayout(self.monthGroup)
        self.monthGroupLayout.setObjectName(u"monthGroupLayout")
        self.monthKindLayout = QHBoxLayout()
        self.monthKindLayout.setObjectName(u"monthKindLayout")
        self.monthKindLabel = QLabel(self.monthGroup)
        self.monthKindLabel.setObjectName(u"monthKindLabel")

        self.monthKindLayout.addWidget(self.monthKindLabel)

        self.monthKindCombo = QComboBox(self.monthGroup)
        self.monthKindCombo.setObjectName(u"monthKindCombo")
        self.monthKindCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.monthKindLayout.addWidget(self.monthKindCombo)

        self.monthKindSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.monthKindLayout.addItem(self.monthKindSpacer)


        self.monthGroupLayout.addLayout(self.monthKindLayout)

        self.monthChartLayout = QVBoxLayout()
        self.monthChartLayout.setObjectName(u"monthChartLayout")

        self.monthGroupLayout.addLayout(self.monthChartLayout)


        self.chartsLayout.addWidget(self.monthGroup)

        self.splitter.addWidget(self.chartsWidget)

        self.rootLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
        self.monthKindLabel.setBuddy(self.monthKindCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearCombo, self.allocationsView)
        QWidget.setTabOrder(self.allocationsView, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.monthKindCombo)

        self.retranslateUi(QuotasScreen)

        QMetaObject.connectSlotsByName(QuotasScreen)
    # setupUi

    def retranslateUi(self, QuotasScreen):
        self.titleLabel.setText(QCoreApplication.translate("QuotasScreen", u"Quotas", None))
        self.yearLabel.setText(QCoreApplication.translate("QuotasScreen", u"&Year:", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("QuotasScreen", u"Add a batch of the year's quota (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("QuotasScreen", u"&Add allocation\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("QuotasScreen", u"Correct the selected allocation, with a reason (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("QuotasScreen", u"&Correct\u2026", None))
        self.allocationsGroup.setTitle(QCoreApplication.translate("QuotasScreen", u"Allocations", None))
        self.originGroup.setTitle(QCoreApplication.translate("QuotasScreen", u"Use by origin", None))
        self.monthGroup.setTitle(QCoreApplication.translate("QuotasScreen", u"Use by month", None))
        self.monthKindLabel.setText(QCoreApplication.translate("QuotasScreen", u"&Quota:", None))
        pass
    # retranslateUi

