# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stock.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_StockScreen(object):
    def setupUi(self, StockScreen):
        if not StockScreen.objectName():
            StockScreen.setObjectName(u"StockScreen")
        StockScreen.resize(1000, 680)
        self.mainLayout = QVBoxLayout(StockScreen)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(18, 16, 18, 14)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(StockScreen)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(15)
        font.setBold(True)
        self.titleLabel.setFont(font)

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.statusLabel = QLabel(StockScreen)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.headerLayout.addWidget(self.statusLabel)

        self.stocktakeButton = QPushButton(StockScreen)
        self.stocktakeButton.setObjectName(u"stocktakeButton")

        self.headerLayout.addWidget(self.stocktakeButton)


        self.mainLayout.addLayout(self.headerLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(8)
        self.filterLayout.setObjectName(u"filterLayout")
        self.asOfCaption = QLabel(StockScreen)
        self.asOfCaption.setObjectName(u"asOfCaption")

        self.filterLayout.addWidget(self.asOfCaption)

        self.asOfEdit = QDateEdit(StockScreen)
        self.asOfEdit.setObjectName(u"asOfEdit")
        self.asOfEdit.setCalendarPopup(True)
        self.asOfEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.filterLayout.addWidget(self.asOfEdit)

        self.gapAfterDate = QSpacerItem(12, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.gapAfterDate)

        self.materialCaption = QLabel(StockScreen)
        self.materialCaption.setObjectName(u"materialCaption")

        self.filterLayout.addWidget(self.materialCaption)

        self.materialCombo = QComboBox(StockScreen)
        self.materialCombo.setObjectName(u"materialCombo")
        self.materialCombo.setMinimumSize(QSize(220, 0))
        self.materialCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.materialCombo)

        self.groupCaption = QLabel(StockScreen)
        self.groupCaption.setObjectName(u"groupCaption")

        self.filterLayout.addWidget(self.groupCaption)

        self.groupCombo = QComboBox(StockScreen)
        self.groupCombo.setObjectName(u"groupCombo")
        self.groupCombo.setMinimumSize(QSize(120, 0))

        self.filterLayout.addWidget(self.groupCombo)

        self.searchEdit = QLineEdit(StockScreen)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumSize(QSize(220, 0))

        self.filterLayout.addWidget(self.searchEdit)

        self.emptyCheck = QCheckBox(StockScreen)
        self.emptyCheck.setObjectName(u"emptyCheck")
        self.emptyCheck.setChecked(True)

        self.filterLayout.addWidget(self.emptyCheck)


        self.mainLayout.addLayout(self.filterLayout)

        self.noticeLabel = QLabel(StockScreen)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setText(u"")
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setStyleSheet(u"QLabel { color: #2e6b34; background: #eef6ee; border: 1px solid #cfe3cf; border-radius: 4px; padding: 5px 8px; }")

        self.mainLayout.addWidget(self.noticeLabel)

        self.lotsView = QTableView(StockScreen)
        self.lotsView.setObjectName(u"lotsView")
        self.lotsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lotsView.setAlternatingRowColors(True)
        self.lotsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lotsView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.lotsView.setSortingEnabled(True)
        self.lotsView.setWordWrap(False)

        self.mainLayout.addWidget(self.lotsView)

        self.totalsBox = QGroupBox(StockScreen)
        self.totalsBox.setObjectName(u"totalsBox")
        self.totalsLayout = QVBoxLayout(self.totalsBox)
        self.totalsLayout.setObjectName(u"totalsLayout")
        self.totalsLayout.setContentsMargins(8, 8, 8, 8)
        self.totalsView = QTableView(self.totalsBox)
        self.totalsView.setObjectName(u"totalsView")
        self.totalsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.totalsView.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.totalsView.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.totalsView.setWordWrap(False)

        self.totalsLayout.addWidget(self.totalsView)


        self.mainLayout.addWidget(self.totalsBox)

        self.mainLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.asOfCaption.setBuddy(self.asOfEdit)
        self.materialCaption.setBuddy(self.materialCombo)
        self.groupCaption.setBuddy(self.groupCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.asOfEdit, self.materialCombo)
        QWidget.setTabOrder(self.materialCombo, self.groupCombo)
        QWidget.setTabOrder(self.groupCombo, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.emptyCheck)
        QWidget.setTabOrder(self.emptyCheck, self.lotsView)
        QWidget.setTabOrder(self.lotsView, self.stocktakeButton)

        self.retranslateUi(StockScreen)

        QMetaObject.connectSlotsByName(StockScreen)
    # setupUi

    def retranslateUi(self, StockScreen):
        self.titleLabel.setText(QCoreApplication.translate("StockScreen", u"Stock by material and lot", None))
        self.stocktakeButton.setText(QCoreApplication.translate("StockScreen", u"S&tocktake\u2026", None))
#if QT_CONFIG(tooltip)
        self.stocktakeButton.setToolTip(QCoreApplication.translate("StockScreen", u"Count the selected lots (or all lots of the chosen material) and post the differences as stocktake adjustments (Ctrl+T)", None))
#endif // QT_CONFIG(tooltip)
        self.asOfCaption.setText(QCoreApplication.translate("StockScreen", u"&As of:", None))
#if QT_CONFIG(tooltip)
        self.asOfEdit.setToolTip(QCoreApplication.translate("StockScreen", u"Stock at the end of this day", None))
#endif // QT_CONFIG(tooltip)
        self.materialCaption.setText(QCoreApplication.translate("StockScreen", u"&Material:", None))
        self.groupCaption.setText(QCoreApplication.translate("StockScreen", u"&Group:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("StockScreen", u"Find lot, material or origin (Ctrl+F)", None))
        self.emptyCheck.setText(QCoreApplication.translate("StockScreen", u"Hide &empty lots", None))
#if QT_CONFIG(tooltip)
        self.emptyCheck.setToolTip(QCoreApplication.translate("StockScreen", u"Lots with no mass left: a gram or two of REO may remain from rounding each movement", None))
#endif // QT_CONFIG(tooltip)
        self.totalsBox.setTitle(QCoreApplication.translate("StockScreen", u"Totals by category and group (lots shown above)", None))
        pass
    # retranslateUi

