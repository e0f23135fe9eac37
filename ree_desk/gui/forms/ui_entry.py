# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'entry.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QSizePolicy, QSpacerItem, QStackedWidget, QToolButton,
    QVBoxLayout, QWidget)

class Ui_EntryScreen(object):
    def setupUi(self, EntryScreen):
        if not EntryScreen.objectName():
            EntryScreen.setObjectName(u"EntryScreen")
        EntryScreen.resize(1100, 720)
        self.rootLayout = QVBoxLayout(EntryScreen)
        self.rootLayout.setSpacing(10)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(16, 12, 16, 10)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(12)
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(EntryScreen)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel)

        self.subtitleLabel = QLabel(EntryScreen)
        self.subtitleLabel.setObjectName(u"subtitleLabel")

        self.headerLayout.addWidget(self.subtitleLabel)

        self.headerSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.modeBar = QFrame(EntryScreen)
        self.modeBar.setObjectName(u"modeBar")
        self.modeBarLayout = QHBoxLayout(self.modeBar)
        self.modeBarLayout.setSpacing(0)
        self.modeBarLayout.setObjectName(u"modeBarLayout")
        self.modeBarLayout.setContentsMargins(0, 0, 0, 0)
        self.singleModeButton = QToolButton(self.modeBar)
        self.singleModeButton.setObjectName(u"singleModeButton")
        self.singleModeButton.setMinimumSize(QSize(110, 30))
        self.singleModeButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.singleModeButton.setCheckable(True)
        self.singleModeButton.setChecked(True)
        self.singleModeButton.setAutoExclusive(True)

        self.modeBarLayout.addWidget(self.singleModeButton)

        self.gridModeButton = QToolButton(self.modeBar)
        self.gridModeButton.setObjectName(u"gridModeButton")
        self.gridModeButton.setMinimumSize(QSize(110, 30))
        self.gridModeButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.gridModeButton.setCheckable(True)
        self.gridModeButton.setAutoExclusive(True)

        self.modeBarLayout.addWidget(self.gridModeButton)


        self.headerLayout.addWidget(self.modeBar)


        self.rootLayout.addLayout(self.headerLayout)

        self.modeStack = QStackedWidget(EntryScreen)
        self.modeStack.setObjectName(u"modeStack")
        self.singlePage = QWidget()
        self.singlePage.setObjectName(u"singlePage")
        self.singleHolder = QVBoxLayout(self.singlePage)
        self.singleHolder.setObjectName(u"singleHolder")
        self.singleHolder.setContentsMargins(0, 0, 0, 0)
        self.modeStack.addWidget(self.singlePage)
        self.gridPage = QWidget()
        self.gridPage.setObjectName(u"gridPage")
        self.gridHolder = QVBoxLayout(self.gridPage)
        self.gridHolder.setObjectName(u"gridHolder")
        self.gridHolder.setContentsMargins(0, 0, 0, 0)
        self.modeStack.addWidget(self.gridPage)

        self.rootLayout.addWidget(self.modeStack)


        self.retranslateUi(EntryScreen)

        QMetaObject.connectSlotsByName(EntryScreen)
    # setupUi

    def retranslateUi(self, EntryScreen):
        self.titleLabel.setText(QCoreApplication.translate("EntryScreen", u"Entry", None))
        self.subtitleLabel.setText(QCoreApplication.translate("EntryScreen", u"One movement at a time, or a day's movements in a grid", None))
        self.singleModeButton.setText(QCoreApplication.translate("EntryScreen", u"Single entry", None))
        self.gridModeButton.setText(QCoreApplication.translate("EntryScreen", u"Day grid", None))
        pass
    # retranslateUi

