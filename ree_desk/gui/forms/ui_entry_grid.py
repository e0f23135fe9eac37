# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'entry_grid.ui'
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
    QLabel, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

from ree_desk.gui.widgets.entry_grid_view import EntryGridView

class Ui_EntryGrid(object):
    def setupUi(self, EntryGrid):
        if not EntryGrid.objectName():
            EntryGrid.setObjectName(u"EntryGrid")
        EntryGrid.resize(1040, 640)
        self.gridLayout = QVBoxLayout(EntryGrid)
        self.gridLayout.setSpacing(8)
        self.gridLayout.setObjectName(u"gridLayout")
        self.gridLayout.setContentsMargins(0, 0, 0, 0)
        self.toolbar = QHBoxLayout()
        self.toolbar.setSpacing(8)
        self.toolbar.setObjectName(u"toolbar")
        self.addRowButton = QPushButton(EntryGrid)
        self.addRowButton.setObjectName(u"addRowButton")

        self.toolbar.addWidget(self.addRowButton)

        self.removeRowButton = QPushButton(EntryGrid)
        self.removeRowButton.setObjectName(u"removeRowButton")

        self.toolbar.addWidget(self.removeRowButton)

        self.summaryLabel = QLabel(EntryGrid)
        self.summaryLabel.setObjectName(u"summaryLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.summaryLabel.sizePolicy().hasHeightForWidth())
        self.summaryLabel.setSizePolicy(sizePolicy)
        self.summaryLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.toolbar.addWidget(self.summaryLabel)

        self.postAllButton = QPushButton(EntryGrid)
        self.postAllButton.setObjectName(u"postAllButton")
        self.postAllButton.setMinimumSize(QSize(150, 32))

        self.toolbar.addWidget(self.postAllButton)


        self.gridLayout.addLayout(self.toolbar)

        self.table = EntryGridView(EntryGrid)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

        self.gridLayout.addWidget(self.table)

        self.problemsLabel = QLabel(EntryGrid)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setWordWrap(True)

        self.gridLayout.addWidget(self.problemsLabel)

        self.statusLabel = QLabel(EntryGrid)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.gridLayout.addWidget(self.statusLabel)

        QWidget.setTabOrder(self.table, self.postAllButton)
        QWidget.setTabOrder(self.postAllButton, self.addRowButton)
        QWidget.setTabOrder(self.addRowButton, self.removeRowButton)

        self.retranslateUi(EntryGrid)

        QMetaObject.connectSlotsByName(EntryGrid)
    # setupUi

    def retranslateUi(self, EntryGrid):
        self.addRowButton.setText(QCoreApplication.translate("EntryGrid", u"Add row  (Ctrl+N)", None))
#if QT_CONFIG(tooltip)
        self.addRowButton.setToolTip(QCoreApplication.translate("EntryGrid", u"Tab past the last cell also starts a new row", None))
#endif // QT_CONFIG(tooltip)
        self.removeRowButton.setText(QCoreApplication.translate("EntryGrid", u"Remove row  (Ctrl+Del)", None))
        self.postAllButton.setText(QCoreApplication.translate("EntryGrid", u"Post all  (Ctrl+Enter)", None))
        pass
    # retranslateUi

