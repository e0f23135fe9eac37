# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_screen.ui'
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
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_ImportScreen(object):
    def setupUi(self, ImportScreen):
        if not ImportScreen.objectName():
            ImportScreen.setObjectName(u"ImportScreen")
        ImportScreen.resize(1000, 680)
        self.mainLayout = QVBoxLayout(ImportScreen)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(18, 16, 18, 14)
        self.titleLabel = QLabel(ImportScreen)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(15)
        font.setBold(True)
        self.titleLabel.setFont(font)

        self.mainLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(ImportScreen)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileCaption = QLabel(ImportScreen)
        self.fileCaption.setObjectName(u"fileCaption")

        self.fileLayout.addWidget(self.fileCaption)

        self.fileEdit = QLineEdit(ImportScreen)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)
        self.fileEdit.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.fileLayout.addWidget(self.fileEdit)

        self.chooseButton = QPushButton(ImportScreen)
        self.chooseButton.setObjectName(u"chooseButton")

        self.fileLayout.addWidget(self.chooseButton)

        self.recheckButton = QPushButton(ImportScreen)
        self.recheckButton.setObjectName(u"recheckButton")

        self.fileLayout.addWidget(self.recheckButton)


        self.mainLayout.addLayout(self.fileLayout)

        self.summaryLabel = QLabel(ImportScreen)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.splitter = QSplitter(ImportScreen)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.previewView = QTableView(self.splitter)
        self.previewView.setObjectName(u"previewView")
        self.previewView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.previewView.setWordWrap(False)
        self.splitter.addWidget(self.previewView)
        self.problemsPane = QWidget(self.splitter)
        self.problemsPane.setObjectName(u"problemsPane")
        self.problemsLayout = QVBoxLayout(self.problemsPane)
        self.problemsLayout.setSpacing(4)
        self.problemsLayout.setObjectName(u"problemsLayout")
        self.problemsLayout.setContentsMargins(0, 6, 0, 0)
        self.problemsCaption = QLabel(self.problemsPane)
        self.problemsCaption.setObjectName(u"problemsCaption")

        self.problemsLayout.addWidget(self.problemsCaption)

        self.problemsView = QTableView(self.problemsPane)
        self.problemsView.setObjectName(u"problemsView")
        self.problemsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problemsView.setAlternatingRowColors(True)
        self.problemsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.problemsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problemsView.setShowGrid(False)
        self.problemsView.setWordWrap(False)
        self.problemsView.horizontalHeader().setStretchLastSection(True)
        self.problemsView.verticalHeader().setVisible(False)

        self.problemsLayout.addWidget(self.problemsView)

        self.splitter.addWidget(self.problemsPane)

        self.mainLayout.addWidget(self.splitter)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.progressLabel = QLabel(ImportScreen)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setText(u"")

        self.bottomLayout.addWidget(self.progressLabel)

        self.progressBar = QProgressBar(ImportScreen)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)
        self.progressBar.setTextVisible(False)
        self.progressBar.setMaximumHeight(14)

        self.bottomLayout.addWidget(self.progressBar)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.importButton = QPushButton(ImportScreen)
        self.importButton.setObjectName(u"importButton")

        self.bottomLayout.addWidget(self.importButton)


        self.mainLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.problemsCaption.setBuddy(self.problemsView)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.chooseButton, self.recheckButton)
        QWidget.setTabOrder(self.recheckButton, self.previewView)
        QWidget.setTabOrder(self.previewView, self.problemsView)
        QWidget.setTabOrder(self.problemsView, self.importButton)

        self.retranslateUi(ImportScreen)

        self.importButton.setDefault(True)


        QMetaObject.connectSlotsByName(ImportScreen)
    # setupUi

    def retranslateUi(self, ImportScreen):
        self.titleLabel.setText(QCoreApplication.translate("ImportScreen", u"Import movements", None))
        self.introLabel.setText(QCoreApplication.translate("ImportScreen", u"A CSV (UTF-8) or xlsx file with one movement per row, headed in Chinese or English. The file is checked first and shown here with every problem marked; nothing is written until every row is right.", None))
        self.fileCaption.setText(QCoreApplication.translate("ImportScreen", u"File:", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ImportScreen", u"No file chosen", None))
        self.chooseButton.setText(QCoreApplication.translate("ImportScreen", u"&Choose file\u2026", None))
#if QT_CONFIG(tooltip)
        self.chooseButton.setToolTip(QCoreApplication.translate("ImportScreen", u"Choose a CSV or xlsx movement file (Ctrl+O)", None))
#endif // QT_CONFIG(tooltip)
        self.recheckButton.setText(QCoreApplication.translate("ImportScreen", u"Check &again", None))
#if QT_CONFIG(tooltip)
        self.recheckButton.setToolTip(QCoreApplication.translate("ImportScreen", u"Read and check the file again after correcting it (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.problemsCaption.setText(QCoreApplication.translate("ImportScreen", u"&Problems (click one to go to its cell):", None))
        self.importButton.setText(QCoreApplication.translate("ImportScreen", u"&Import", None))
        pass
    # retranslateUi

