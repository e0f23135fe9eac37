# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'accept_warnings.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QLabel, QListWidget, QListWidgetItem,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_AcceptWarningsDialog(object):
    def setupUi(self, AcceptWarningsDialog):
        if not AcceptWarningsDialog.objectName():
            AcceptWarningsDialog.setObjectName(u"AcceptWarningsDialog")
        AcceptWarningsDialog.resize(560, 420)
        AcceptWarningsDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(AcceptWarningsDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headline = QLabel(AcceptWarningsDialog)
        self.headline.setObjectName(u"headline")
        self.headline.setWordWrap(True)

        self.dialogLayout.addWidget(self.headline)

        self.explanation = QLabel(AcceptWarningsDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.dialogLayout.addWidget(self.explanation)

        self.warningList = QListWidget(AcceptWarningsDialog)
        self.warningList.setObjectName(u"warningList")
        self.warningList.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.warningList.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.warningList.setWordWrap(True)

        self.dialogLayout.addWidget(self.warningList)

        self.reasonLabel = QLabel(AcceptWarningsDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.dialogLayout.addWidget(self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(AcceptWarningsDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaximumSize(QSize(16777215, 80))
        self.reasonEdit.setTabChangesFocus(True)

        self.dialogLayout.addWidget(self.reasonEdit)

        self.confirmedBy = QLabel(AcceptWarningsDialog)
        self.confirmedBy.setObjectName(u"confirmedBy")
        self.confirmedBy.setWordWrap(True)

        self.dialogLayout.addWidget(self.confirmedBy)

        self.buttons = QDialogButtonBox(AcceptWarningsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reasonEdit, self.buttons)

        self.retranslateUi(AcceptWarningsDialog)
        self.buttons.rejected.connect(AcceptWarningsDialog.reject)

        QMetaObject.connectSlotsByName(AcceptWarningsDialog)
    # setupUi

    def retranslateUi(self, AcceptWarningsDialog):
        AcceptWarningsDialog.setWindowTitle(QCoreApplication.translate("AcceptWarningsDialog", u"Record with a manager's reason", None))
        self.explanation.setText(QCoreApplication.translate("AcceptWarningsDialog", u"What physically happened must be recorded. A manager confirms it with a reason; the movements are then posted and flagged, and the reason is kept with them.", None))
        self.reasonLabel.setText(QCoreApplication.translate("AcceptWarningsDialog", u"Reason (required)", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("AcceptWarningsDialog", u"e.g. Feed approved by the plant manager; quota batch 3 is announced", None))
    # retranslateUi

