# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'trace.ui'
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
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTreeView, QVBoxLayout, QWidget)

class Ui_TraceScreen(object):
    def setupUi(self, TraceScreen):
        if not TraceScreen.objectName():
            TraceScreen.setObjectName(u"TraceScreen")
        TraceScreen.resize(1000, 680)
        self.mainLayout = QVBoxLayout(TraceScreen)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(18, 16, 18, 14)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(TraceScreen)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(15)
        font.setBold(True)
        self.titleLabel.setFont(font)

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.statusLabel = QLabel(TraceScreen)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.headerLayout.addWidget(self.statusLabel)


        self.mainLayout.addLayout(self.headerLayout)

        self.searchLayout = QHBoxLayout()
        self.searchLayout.setSpacing(8)
        self.searchLayout.setObjectName(u"searchLayout")
        self.lotCaption = QLabel(TraceScreen)
        self.lotCaption.setObjectName(u"lotCaption")

        self.searchLayout.addWidget(self.lotCaption)

        self.lotEdit = QLineEdit(TraceScreen)
        self.lotEdit.setObjectName(u"lotEdit")
        self.lotEdit.setClearButtonEnabled(True)
        self.lotEdit.setMinimumSize(QSize(420, 0))

        self.searchLayout.addWidget(self.lotEdit)

        self.traceButton = QPushButton(TraceScreen)
        self.traceButton.setObjectName(u"traceButton")

        self.searchLayout.addWidget(self.traceButton)

        self.backButton = QPushButton(TraceScreen)
        self.backButton.setObjectName(u"backButton")

        self.searchLayout.addWidget(self.backButton)

        self.searchSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.searchLayout.addItem(self.searchSpacer)

        self.expandButton = QPushButton(TraceScreen)
        self.expandButton.setObjectName(u"expandButton")

        self.searchLayout.addWidget(self.expandButton)

        self.collapseButton = QPushButton(TraceScreen)
        self.collapseButton.setObjectName(u"collapseButton")

        self.searchLayout.addWidget(self.collapseButton)


        self.mainLayout.addLayout(self.searchLayout)

        self.lotLabel = QLabel(TraceScreen)
        self.lotLabel.setObjectName(u"lotLabel")
        self.lotLabel.setText(u"")
        self.lotLabel.setWordWrap(True)
        self.lotLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lotLabel.setStyleSheet(u"QLabel { background: #f3f6f9; border: 1px solid #d5dde5; border-radius: 4px; padding: 6px 8px; }")

        self.mainLayout.addWidget(self.lotLabel)

        self.treeView = QTreeView(TraceScreen)
        self.treeView.setObjectName(u"treeView")
        self.treeView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.treeView.setAlternatingRowColors(True)
        self.treeView.setUniformRowHeights(True)
        self.treeView.setExpandsOnDoubleClick(False)
        self.treeView.setWordWrap(False)
        self.treeView.setStyleSheet(u"QTreeView::item { padding: 3px 2px; }")

        self.mainLayout.addWidget(self.treeView)

        self.hintLabel = QLabel(TraceScreen)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(u"QLabel { color: #6b7480; }")

        self.mainLayout.addWidget(self.hintLabel)

#if QT_CONFIG(shortcut)
        self.lotCaption.setBuddy(self.lotEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.lotEdit, self.traceButton)
        QWidget.setTabOrder(self.traceButton, self.treeView)
        QWidget.setTabOrder(self.treeView, self.backButton)
        QWidget.setTabOrder(self.backButton, self.expandButton)
        QWidget.setTabOrder(self.expandButton, self.collapseButton)

        self.retranslateUi(TraceScreen)

        QMetaObject.connectSlotsByName(TraceScreen)
    # setupUi

    def retranslateUi(self, TraceScreen):
        self.titleLabel.setText(QCoreApplication.translate("TraceScreen", u"Trace a lot", None))
        self.lotCaption.setText(QCoreApplication.translate("TraceScreen", u"&Lot:", None))
        self.lotEdit.setPlaceholderText(QCoreApplication.translate("TraceScreen", u"Material / lot number, e.g. ND-OX / P261105-01-ND-OX (type a part to choose)", None))
        self.traceButton.setText(QCoreApplication.translate("TraceScreen", u"&Trace", None))
        self.backButton.setText(QCoreApplication.translate("TraceScreen", u"&Back", None))
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("TraceScreen", u"The lot traced before this one (Alt+Left)", None))
#endif // QT_CONFIG(tooltip)
        self.expandButton.setText(QCoreApplication.translate("TraceScreen", u"E&xpand all", None))
        self.collapseButton.setText(QCoreApplication.translate("TraceScreen", u"&Collapse", None))
        self.hintLabel.setText(QCoreApplication.translate("TraceScreen", u"Double-click a lot (or press Enter on it) to trace it in turn. Quantities are what each step moved; origins are shares of its REO.", None))
        pass
    # retranslateUi

