# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'accounts_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_AccountsPanel(object):
    def setupUi(self, AccountsPanel):
        if not AccountsPanel.objectName():
            AccountsPanel.setObjectName(u"AccountsPanel")
        AccountsPanel.resize(760, 300)
        AccountsPanel.setMaximumSize(QSize(860, 16777215))
        self.accountsLayout = QVBoxLayout(AccountsPanel)
        self.accountsLayout.setSpacing(8)
        self.accountsLayout.setObjectName(u"accountsLayout")
        self.introLabel = QLabel(AccountsPanel)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setText(u"")
        self.introLabel.setWordWrap(True)

        self.accountsLayout.addWidget(self.introLabel)

        self.accountsView = QTableView(AccountsPanel)
        self.accountsView.setObjectName(u"accountsView")
        self.accountsView.setMinimumSize(QSize(0, 120))
        self.accountsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.accountsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.accountsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.accountsView.horizontalHeader().setStretchLastSection(True)
        self.accountsView.verticalHeader().setVisible(False)

        self.accountsLayout.addWidget(self.accountsView)

        self.accountButtons = QHBoxLayout()
        self.accountButtons.setObjectName(u"accountButtons")
        self.addButton = QPushButton(AccountsPanel)
        self.addButton.setObjectName(u"addButton")

        self.accountButtons.addWidget(self.addButton)

        self.editButton = QPushButton(AccountsPanel)
        self.editButton.setObjectName(u"editButton")

        self.accountButtons.addWidget(self.editButton)

        self.activeButton = QPushButton(AccountsPanel)
        self.activeButton.setObjectName(u"activeButton")
        self.activeButton.setText(u"")

        self.accountButtons.addWidget(self.activeButton)

        self.resetButton = QPushButton(AccountsPanel)
        self.resetButton.setObjectName(u"resetButton")

        self.accountButtons.addWidget(self.resetButton)

        self.ownPasswordButton = QPushButton(AccountsPanel)
        self.ownPasswordButton.setObjectName(u"ownPasswordButton")

        self.accountButtons.addWidget(self.ownPasswordButton)

        self.accountSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.accountButtons.addItem(self.accountSpacer)

        self.signedInLabel = QLabel(AccountsPanel)
        self.signedInLabel.setObjectName(u"signedInLabel")
        self.signedInLabel.setText(u"")
        self.signedInLabel.setStyleSheet(u"color: #5b6775;")

        self.accountButtons.addWidget(self.signedInLabel)


        self.accountsLayout.addLayout(self.accountButtons)


        self.retranslateUi(AccountsPanel)

        QMetaObject.connectSlotsByName(AccountsPanel)
    # setupUi

    def retranslateUi(self, AccountsPanel):
        AccountsPanel.setTitle(QCoreApplication.translate("AccountsPanel", u"Accounts", None))
        self.addButton.setText(QCoreApplication.translate("AccountsPanel", u"&Add account\u2026", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("AccountsPanel", u"An account for someone who works with the ledger, in their role", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("AccountsPanel", u"Change &role\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("AccountsPanel", u"Change the selected account's role or full name", None))
#endif // QT_CONFIG(tooltip)
        self.resetButton.setText(QCoreApplication.translate("AccountsPanel", u"Reset &password\u2026", None))
#if QT_CONFIG(tooltip)
        self.resetButton.setToolTip(QCoreApplication.translate("AccountsPanel", u"Give the selected account a new password; its wait after failed sign-ins ends", None))
#endif // QT_CONFIG(tooltip)
        self.ownPasswordButton.setText(QCoreApplication.translate("AccountsPanel", u"Change &my password\u2026", None))
    # retranslateUi

