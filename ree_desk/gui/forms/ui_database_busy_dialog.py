# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'database_busy.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QProgressBar, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_DatabaseBusyDialog(object):
    def setupUi(self, DatabaseBusyDialog):
        if not DatabaseBusyDialog.objectName():
            DatabaseBusyDialog.setObjectName(u"DatabaseBusyDialog")
        DatabaseBusyDialog.resize(560, 220)
        self.mainLayout = QVBoxLayout(DatabaseBusyDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headingLabel = QLabel(DatabaseBusyDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.headingLabel.setFont(font)
        self.headingLabel.setText(u"")
        self.headingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headingLabel)

        self.holderLabel = QLabel(DatabaseBusyDialog)
        self.holderLabel.setObjectName(u"holderLabel")
        self.holderLabel.setText(u"")
        self.holderLabel.setWordWrap(True)
        self.holderLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.holderLabel)

        self.explainLabel = QLabel(DatabaseBusyDialog)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explainLabel)

        self.waitLabel = QLabel(DatabaseBusyDialog)
        self.waitLabel.setObjectName(u"waitLabel")
        self.waitLabel.setText(u"")
        self.waitLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.waitLabel)

        self.progressBar = QProgressBar(DatabaseBusyDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setTextVisible(False)

        self.mainLayout.addWidget(self.progressBar)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(DatabaseBusyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(DatabaseBusyDialog)
        self.buttonBox.rejected.connect(DatabaseBusyDialog.reject)

        QMetaObject.connectSlotsByName(DatabaseBusyDialog)
    # setupUi

    def retranslateUi(self, DatabaseBusyDialog):
        DatabaseBusyDialog.setWindowTitle(QCoreApplication.translate("DatabaseBusyDialog", u"The database is in use", None))
        self.explainLabel.setText(QCoreApplication.translate("DatabaseBusyDialog", u"Only one program writes a database at a time, so that no figure is written twice. Meanwhile you can open it read-only: everything can be looked at, searched and exported, but nothing can be posted or changed. Or wait until the other program is done.", None))
    # retranslateUi

