# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QScrollArea, QSizePolicy, QSpacerItem,
    QTableView, QToolButton, QVBoxLayout, QWidget)

class Ui_DashboardScreen(object):
    def setupUi(self, DashboardScreen):
        if not DashboardScreen.objectName():
            DashboardScreen.setObjectName(u"DashboardScreen")
        DashboardScreen.resize(1100, 720)
        self.rootLayout = QVBoxLayout(DashboardScreen)
        self.rootLayout.setSpacing(8)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(16, 12, 16, 8)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(12)
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(DashboardScreen)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel)

        self.asOfLabel = QLabel(DashboardScreen)
        self.asOfLabel.setObjectName(u"asOfLabel")
        self.asOfLabel.setText(u"\u2013")

        self.headerLayout.addWidget(self.asOfLabel)

        self.headerSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.statusLabel = QLabel(DashboardScreen)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")

        self.headerLayout.addWidget(self.statusLabel)

        self.refreshButton = QToolButton(DashboardScreen)
        self.refreshButton.setObjectName(u"refreshButton")
        self.refreshButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.headerLayout.addWidget(self.refreshButton)


        self.rootLayout.addLayout(self.headerLayout)

        self.scrollArea = QScrollArea(DashboardScreen)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.contentLayout = QVBoxLayout(self.scrollContents)
        self.contentLayout.setSpacing(10)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setContentsMargins(0, 0, 0, 0)
        self.cardsLayout = QHBoxLayout()
        self.cardsLayout.setSpacing(10)
        self.cardsLayout.setObjectName(u"cardsLayout")
        self.reportCard = QFrame(self.scrollContents)
        self.reportCard.setObjectName(u"reportCard")
        self.reportCardLayout = QVBoxLayout(self.reportCard)
        self.reportCardLayout.setSpacing(2)
        self.reportCardLayout.setObjectName(u"reportCardLayout")
        self.reportTitle = QLabel(self.reportCard)
        self.reportTitle.setObjectName(u"reportTitle")

        self.reportCardLayout.addWidget(self.reportTitle)

        self.reportValue = QLabel(self.reportCard)
        self.reportValue.setObjectName(u"reportValue")
        self.reportValue.setText(u"\u2013")

        self.reportCardLayout.addWidget(self.reportValue)

        self.reportDetail = QLabel(self.reportCard)
        self.reportDetail.setObjectName(u"reportDetail")
        self.reportDetail.setText(u"")

        self.reportCardLayout.addWidget(self.reportDetail)


        self.cardsLayout.addWidget(self.reportCard)

        self.monthsCard = QFrame(self.scrollContents)
        self.monthsCard.setObjectName(u"monthsCard")
        self.monthsCardLayout = QVBoxLayout(self.monthsCard)
        self.monthsCardLayout.setSpacing(2)
        self.monthsCardLayout.setObjectName(u"monthsCardLayout")
        self.monthsTitle = QLabel(self.monthsCard)
        self.monthsTitle.setObjectName(u"monthsTitle")

        self.monthsCardLayout.addWidget(self.monthsTitle)

        self.monthsValue = QLabel(self.monthsCard)
        self.monthsValue.setObjectName(u"monthsValue")
        self.monthsValue.setText(u"\u2013")

        self.monthsCardLayout.addWidget(self.monthsValue)

        self.monthsDetail = QLabel(self.monthsCard)
        self.monthsDetail.setObjectName(u"monthsDetail")
        self.monthsDetail.setText(u"")

        self.monthsCardLayout.addWidget(self.monthsDetail)


        self.cardsLayout.addWidget(self.monthsCard)

        self.warningsCard = QFrame(self.scrollContents)
        self.warningsCard.setObjectName(u"warningsCard")
        self.warningsCardLayout = QVBoxLayout(self.warningsCard)
        self.warningsCardLayout.setSpacing(2)
        self.warningsCardLayout.setObjectName(u"warningsCardLayout")
        self.warningsTitle = QLabel(self.warningsCard)
        self.warningsTitle.setObjectName(u"warningsTitle")

        self.warningsCardLayout.addWidget(self.warningsTitle)

        self.warningsValue = QLabel(self.warningsCard)
        self.warningsValue.setObjectName(u"warningsValue")
        self.warningsValue.setText(u"\u2013")

        self.warningsCardLayout.addWidget(self.warningsValue)

        self.warningsDetail = QLabel(self.warningsCard)
        self.warningsDetail.setObjectName(u"warningsDetail")
        self.warningsDetail.setText(u"")

        self.warningsCardLayout.addWidget(self.warningsDetail)


        self.cardsLayout.addWidget(self.warningsCard)


        self.contentLayout.addLayout(self.cardsLayout)

        self.quotaGroup = QGroupBox(self.scrollContents)
        self.quotaGroup.setObjectName(u"quotaGroup")
        self.quotaGroupLayout = QVBoxLayout(self.quotaGroup)
        self.quotaGroupLayout.setSpacing(8)
        self.quotaGroupLayout.setObjectName(u"quotaGroupLayout")
        self.quotaCardsLayout = QGridLayout()
        self.quotaCardsLayout.setObjectName(u"quotaCardsLayout")
        self.quotaCardsLayout.setHorizontalSpacing(10)
        self.quotaCardsLayout.setVerticalSpacing(10)

        self.quotaGroupLayout.addLayout(self.quotaCardsLayout)

        self.quotaEmptyLabel = QLabel(self.quotaGroup)
        self.quotaEmptyLabel.setObjectName(u"quotaEmptyLabel")
        self.quotaEmptyLabel.setWordWrap(True)

        self.quotaGroupLayout.addWidget(self.quotaEmptyLabel)

        self.quotaLegendLayout = QVBoxLayout()
        self.quotaLegendLayout.setObjectName(u"quotaLegendLayout")

        self.quotaGroupLayout.addLayout(self.quotaLegendLayout)


        self.contentLayout.addWidget(self.quotaGroup)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setSpacing(10)
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.stockGroup = QGroupBox(self.scrollContents)
        self.stockGroup.setObjectName(u"stockGroup")
        self.stockGroupLayout = QVBoxLayout(self.stockGroup)
        self.stockGroupLayout.setObjectName(u"stockGroupLayout")
        self.stockBasisLayout = QHBoxLayout()
        self.stockBasisLayout.setObjectName(u"stockBasisLayout")
        self.stockAsOfLabel = QLabel(self.stockGroup)
        self.stockAsOfLabel.setObjectName(u"stockAsOfLabel")
        self.stockAsOfLabel.setText(u"")

        self.stockBasisLayout.addWidget(self.stockAsOfLabel)

        self.stockSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stockBasisLayout.addItem(self.stockSpacer)

        self.stockBasisLabel = QLabel(self.stockGroup)
        self.stockBasisLabel.setObjectName(u"stockBasisLabel")

        self.stockBasisLayout.addWidget(self.stockBasisLabel)

        self.stockBasisCombo = QComboBox(self.stockGroup)
        self.stockBasisCombo.addItem("")
        self.stockBasisCombo.addItem("")
        self.stockBasisCombo.setObjectName(u"stockBasisCombo")

        self.stockBasisLayout.addWidget(self.stockBasisCombo)


        self.stockGroupLayout.addLayout(self.stockBasisLayout)

        self.stockChartLayout = QVBoxLayout()
        self.stockChartLayout.setObjectName(u"stockChartLayout")

        self.stockGroupLayout.addLayout(self.stockChartLayout)


        self.bottomLayout.addWidget(self.stockGroup)

        self.latestGroup = QGroupBox(self.scrollContents)
        self.latestGroup.setObjectName(u"latestGroup")
        self.latestGroupLayout = QVBoxLayout(self.latestGroup)
        self.latestGroupLayout.setObjectName(u"latestGroupLayout")
        self.latestView = QTableView(self.latestGroup)
        self.latestView.setObjectName(u"latestView")
        self.latestView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.latestView.setAlternatingRowColors(True)
        self.latestView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.latestView.setShowGrid(False)
        self.latestView.setWordWrap(False)
        self.latestView.horizontalHeader().setStretchLastSection(False)
        self.latestView.verticalHeader().setVisible(False)

        self.latestGroupLayout.addWidget(self.latestView)


        self.bottomLayout.addWidget(self.latestGroup)


        self.contentLayout.addLayout(self.bottomLayout)

        self.contentLayout.setStretch(2, 1)
        self.scrollArea.setWidget(self.scrollContents)

        self.rootLayout.addWidget(self.scrollArea)

#if QT_CONFIG(shortcut)
        self.stockBasisLabel.setBuddy(self.stockBasisCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.refreshButton, self.scrollArea)
        QWidget.setTabOrder(self.scrollArea, self.stockBasisCombo)
        QWidget.setTabOrder(self.stockBasisCombo, self.latestView)

        self.retranslateUi(DashboardScreen)

        QMetaObject.connectSlotsByName(DashboardScreen)
    # setupUi

    def retranslateUi(self, DashboardScreen):
        self.titleLabel.setText(QCoreApplication.translate("DashboardScreen", u"Dashboard", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("DashboardScreen", u"Read the figures again (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("DashboardScreen", u"Refresh", None))
        self.reportTitle.setText(QCoreApplication.translate("DashboardScreen", u"Next report due", None))
        self.monthsTitle.setText(QCoreApplication.translate("DashboardScreen", u"Months open", None))
        self.warningsTitle.setText(QCoreApplication.translate("DashboardScreen", u"Quota warnings", None))
        self.quotaGroup.setTitle(QCoreApplication.translate("DashboardScreen", u"Quota headroom", None))
        self.quotaEmptyLabel.setText(QCoreApplication.translate("DashboardScreen", u"No quota allocated and none used this year. Add the year's allocations on the Quotas screen.", None))
        self.stockGroup.setTitle(QCoreApplication.translate("DashboardScreen", u"Stock by material group", None))
        self.stockBasisLabel.setText(QCoreApplication.translate("DashboardScreen", u"&Show:", None))
        self.stockBasisCombo.setItemText(0, QCoreApplication.translate("DashboardScreen", u"Net mass", None))
        self.stockBasisCombo.setItemText(1, QCoreApplication.translate("DashboardScreen", u"REO content", None))

        self.latestGroup.setTitle(QCoreApplication.translate("DashboardScreen", u"Latest movements", None))
        pass
    # retranslateUi

