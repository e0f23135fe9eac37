# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_ReportsScreen(object):
    def setupUi(self, ReportsScreen):
        if not ReportsScreen.objectName():
            ReportsScreen.setObjectName(u"ReportsScreen")
        ReportsScreen.resize(1000, 680)
        self.mainLayout = QVBoxLayout(ReportsScreen)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(18, 16, 18, 14)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(ReportsScreen)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(15)
        font.setBold(True)
        self.titleLabel.setFont(font)

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.dueLabel = QLabel(ReportsScreen)
        self.dueLabel.setObjectName(u"dueLabel")
        self.dueLabel.setText(u"")
        self.dueLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.headerLayout.addWidget(self.dueLabel)


        self.mainLayout.addLayout(self.headerLayout)

        self.introLabel = QLabel(ReportsScreen)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.folderLayout = QHBoxLayout()
        self.folderLayout.setObjectName(u"folderLayout")
        self.folderCaption = QLabel(ReportsScreen)
        self.folderCaption.setObjectName(u"folderCaption")

        self.folderLayout.addWidget(self.folderCaption)

        self.folderEdit = QLineEdit(ReportsScreen)
        self.folderEdit.setObjectName(u"folderEdit")
        self.folderEdit.setReadOnly(True)
        self.folderEdit.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.folderLayout.addWidget(self.folderEdit)

        self.chooseFolderButton = QPushButton(ReportsScreen)
        self.chooseFolderButton.setObjectName(u"chooseFolderButton")

        self.folderLayout.addWidget(self.chooseFolderButton)


        self.mainLayout.addLayout(self.folderLayout)

        self.monthsView = QTableView(ReportsScreen)
        self.monthsView.setObjectName(u"monthsView")
        self.monthsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.monthsView.setAlternatingRowColors(True)
        self.monthsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.monthsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.monthsView.setShowGrid(False)
        self.monthsView.setWordWrap(False)
        self.monthsView.horizontalHeader().setStretchLastSection(True)
        self.monthsView.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.monthsView)

        self.detailLabel = QLabel(ReportsScreen)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setText(u"")
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.detailLabel)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.makeButton = QPushButton(ReportsScreen)
        self.makeButton.setObjectName(u"makeButton")

        self.actionsLayout.addWidget(self.makeButton)

        self.openXlsxButton = QPushButton(ReportsScreen)
        self.openXlsxButton.setObjectName(u"openXlsxButton")

        self.actionsLayout.addWidget(self.openXlsxButton)

        self.openPdfButton = QPushButton(ReportsScreen)
        self.openPdfButton.setObjectName(u"openPdfButton")

        self.actionsLayout.addWidget(self.openPdfButton)

        self.openFolderButton = QPushButton(ReportsScreen)
        self.openFolderButton.setObjectName(u"openFolderButton")

        self.actionsLayout.addWidget(self.openFolderButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.closeMonthButton = QPushButton(ReportsScreen)
        self.closeMonthButton.setObjectName(u"closeMonthButton")

        self.actionsLayout.addWidget(self.closeMonthButton)

        self.reopenButton = QPushButton(ReportsScreen)
        self.reopenButton.setObjectName(u"reopenButton")

        self.actionsLayout.addWidget(self.reopenButton)


        self.mainLayout.addLayout(self.actionsLayout)

        self.progressLayout = QHBoxLayout()
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressLabel = QLabel(ReportsScreen)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setText(u"")

        self.progressLayout.addWidget(self.progressLabel)

        self.progressBar = QProgressBar(ReportsScreen)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)
        self.progressBar.setTextVisible(False)
        self.progressBar.setMaximumHeight(14)

        self.progressLayout.addWidget(self.progressBar)


        self.mainLayout.addLayout(self.progressLayout)

#if QT_CONFIG(shortcut)
        self.folderCaption.setBuddy(self.chooseFolderButton)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.monthsView, self.makeButton)
        QWidget.setTabOrder(self.makeButton, self.openXlsxButton)
        QWidget.setTabOrder(self.openXlsxButton, self.openPdfButton)
        QWidget.setTabOrder(self.openPdfButton, self.openFolderButton)
        QWidget.setTabOrder(self.openFolderButton, self.closeMonthButton)
        QWidget.setTabOrder(self.closeMonthButton, self.reopenButton)
        QWidget.setTabOrder(self.reopenButton, self.chooseFolderButton)

        self.retranslateUi(ReportsScreen)

        self.makeButton.setDefault(True)


        QMetaObject.connectSlotsByName(ReportsScreen)
    # setupUi

    def retranslateUi(self, ReportsScreen):
        self.titleLabel.setText(QCoreApplication.translate("ReportsScreen", u"Monthly reports", None))
        self.introLabel.setText(QCoreApplication.translate("ReportsScreen", u"The report of each month is due on the 10th of the next month. Make the xlsx and PDF, check them, then close the month: no movement can be dated in a closed month.", None))
        self.folderCaption.setText(QCoreApplication.translate("ReportsScreen", u"Report &folder:", None))
        self.folderEdit.setPlaceholderText(QCoreApplication.translate("ReportsScreen", u"Not chosen yet: you will be asked when you make the first report", None))
        self.chooseFolderButton.setText(QCoreApplication.translate("ReportsScreen", u"Choose\u2026", None))
        self.makeButton.setText(QCoreApplication.translate("ReportsScreen", u"&Make report", None))
#if QT_CONFIG(tooltip)
        self.makeButton.setToolTip(QCoreApplication.translate("ReportsScreen", u"Write the month's xlsx and PDF into the report folder (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.openXlsxButton.setText(QCoreApplication.translate("ReportsScreen", u"Open &xlsx", None))
        self.openPdfButton.setText(QCoreApplication.translate("ReportsScreen", u"Open &PDF", None))
        self.openFolderButton.setText(QCoreApplication.translate("ReportsScreen", u"Open f&older", None))
        self.closeMonthButton.setText(QCoreApplication.translate("ReportsScreen", u"&Close month\u2026", None))
#if QT_CONFIG(tooltip)
        self.closeMonthButton.setToolTip(QCoreApplication.translate("ReportsScreen", u"Make the report and close the month, so that nothing more can be dated in it", None))
#endif // QT_CONFIG(tooltip)
        self.reopenButton.setText(QCoreApplication.translate("ReportsScreen", u"&Reopen month\u2026", None))
#if QT_CONFIG(tooltip)
        self.reopenButton.setToolTip(QCoreApplication.translate("ReportsScreen", u"A manager's decision, with a reason kept in the audit log", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

