# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_SettingsScreen(object):
    def setupUi(self, SettingsScreen):
        if not SettingsScreen.objectName():
            SettingsScreen.setObjectName(u"SettingsScreen")
        SettingsScreen.resize(1000, 680)
        self.mainLayout = QVBoxLayout(SettingsScreen)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(18, 16, 18, 14)
        self.titleLabel = QLabel(SettingsScreen)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(15)
        font.setBold(True)
        self.titleLabel.setFont(font)

        self.mainLayout.addWidget(self.titleLabel)

        self.profileGroup = QGroupBox(SettingsScreen)
        self.profileGroup.setObjectName(u"profileGroup")
        self.profileGroup.setMaximumSize(QSize(860, 16777215))
        self.profileLayout = QFormLayout(self.profileGroup)
        self.profileLayout.setObjectName(u"profileLayout")
        self.profileLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.profileLayout.setHorizontalSpacing(12)
        self.profileLayout.setVerticalSpacing(8)
        self.nameCaption = QLabel(self.profileGroup)
        self.nameCaption.setObjectName(u"nameCaption")

        self.profileLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameCaption)

        self.nameEdit = QLineEdit(self.profileGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.profileLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.codeCaption = QLabel(self.profileGroup)
        self.codeCaption.setObjectName(u"codeCaption")

        self.profileLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.codeCaption)

        self.codeEdit = QLineEdit(self.profileGroup)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(24)
        self.codeEdit.setMaximumSize(QSize(260, 16777215))

        self.profileLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.codeStatusLabel = QLabel(self.profileGroup)
        self.codeStatusLabel.setObjectName(u"codeStatusLabel")
        self.codeStatusLabel.setText(u"")
        self.codeStatusLabel.setWordWrap(True)

        self.profileLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.codeStatusLabel)

        self.profileButtons = QHBoxLayout()
        self.profileButtons.setObjectName(u"profileButtons")
        self.saveProfileButton = QPushButton(self.profileGroup)
        self.saveProfileButton.setObjectName(u"saveProfileButton")

        self.profileButtons.addWidget(self.saveProfileButton)

        self.revertProfileButton = QPushButton(self.profileGroup)
        self.revertProfileButton.setObjectName(u"revertProfileButton")

        self.profileButtons.addWidget(self.revertProfileButton)

        self.profileStatusLabel = QLabel(self.profileGroup)
        self.profileStatusLabel.setObjectName(u"profileStatusLabel")
        self.profileStatusLabel.setText(u"")

        self.profileButtons.addWidget(self.profileStatusLabel)

        self.profileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.profileButtons.addItem(self.profileSpacer)


        self.profileLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.profileButtons)

        self.profileNote = QLabel(self.profileGroup)
        self.profileNote.setObjectName(u"profileNote")
        self.profileNote.setWordWrap(True)
        self.profileNote.setStyleSheet(u"color: #6b7480;")

        self.profileLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.profileNote)


        self.mainLayout.addWidget(self.profileGroup)

        self.displayGroup = QGroupBox(SettingsScreen)
        self.displayGroup.setObjectName(u"displayGroup")
        self.displayGroup.setMaximumSize(QSize(860, 16777215))
        self.displayLayout = QFormLayout(self.displayGroup)
        self.displayLayout.setObjectName(u"displayLayout")
        self.displayLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.displayLayout.setHorizontalSpacing(12)
        self.displayLayout.setVerticalSpacing(8)
        self.unitCaption = QLabel(self.displayGroup)
        self.unitCaption.setObjectName(u"unitCaption")

        self.displayLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitCaption)

        self.unitCombo = QComboBox(self.displayGroup)
        self.unitCombo.addItem("")
        self.unitCombo.addItem("")
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setMinimumSize(QSize(220, 0))

        self.displayLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.languageCaption = QLabel(self.displayGroup)
        self.languageCaption.setObjectName(u"languageCaption")

        self.displayLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.languageCaption)

        self.languageCombo = QComboBox(self.displayGroup)
        self.languageCombo.addItem("")
        self.languageCombo.addItem(u"\u4e2d\u6587")
        self.languageCombo.addItem(u"English")
        self.languageCombo.setObjectName(u"languageCombo")
        self.languageCombo.setMinimumSize(QSize(220, 0))

        self.displayLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.mainLayout.addWidget(self.displayGroup)

        self.databaseGroup = QGroupBox(SettingsScreen)
        self.databaseGroup.setObjectName(u"databaseGroup")
        self.databaseGroup.setMaximumSize(QSize(860, 16777215))
        self.databaseLayout = QVBoxLayout(self.databaseGroup)
        self.databaseLayout.setSpacing(8)
        self.databaseLayout.setObjectName(u"databaseLayout")
        self.pathLabel = QLabel(self.databaseGroup)
        self.pathLabel.setObjectName(u"pathLabel")
        self.pathLabel.setText(u"")
        self.pathLabel.setWordWrap(True)
        self.pathLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.databaseLayout.addWidget(self.pathLabel)

        self.backupLabel = QLabel(self.databaseGroup)
        self.backupLabel.setObjectName(u"backupLabel")
        self.backupLabel.setText(u"")
        self.backupLabel.setWordWrap(True)
        self.backupLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.databaseLayout.addWidget(self.backupLabel)

        self.databaseNote = QLabel(self.databaseGroup)
        self.databaseNote.setObjectName(u"databaseNote")
        self.databaseNote.setWordWrap(True)
        self.databaseNote.setStyleSheet(u"color: #6b7480;")

        self.databaseLayout.addWidget(self.databaseNote)

        self.databaseButtons = QHBoxLayout()
        self.databaseButtons.setObjectName(u"databaseButtons")
        self.newButton = QPushButton(self.databaseGroup)
        self.newButton.setObjectName(u"newButton")

        self.databaseButtons.addWidget(self.newButton)

        self.openButton = QPushButton(self.databaseGroup)
        self.openButton.setObjectName(u"openButton")

        self.databaseButtons.addWidget(self.openButton)

        self.demoButton = QPushButton(self.databaseGroup)
        self.demoButton.setObjectName(u"demoButton")

        self.databaseButtons.addWidget(self.demoButton)

        self.backupButton = QPushButton(self.databaseGroup)
        self.backupButton.setObjectName(u"backupButton")

        self.databaseButtons.addWidget(self.backupButton)

        self.progressLabel = QLabel(self.databaseGroup)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setText(u"")

        self.databaseButtons.addWidget(self.progressLabel)

        self.progressBar = QProgressBar(self.databaseGroup)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setTextVisible(False)
        self.progressBar.setMaximumHeight(14)

        self.databaseButtons.addWidget(self.progressBar)

        self.databaseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.databaseButtons.addItem(self.databaseSpacer)


        self.databaseLayout.addLayout(self.databaseButtons)


        self.mainLayout.addWidget(self.databaseGroup)

        self.copiesGroup = QGroupBox(SettingsScreen)
        self.copiesGroup.setObjectName(u"copiesGroup")
        self.copiesGroup.setMaximumSize(QSize(860, 16777215))
        self.copiesLayout = QVBoxLayout(self.copiesGroup)
        self.copiesLayout.setSpacing(8)
        self.copiesLayout.setObjectName(u"copiesLayout")
        self.secondPlaceLabel = QLabel(self.copiesGroup)
        self.secondPlaceLabel.setObjectName(u"secondPlaceLabel")
        self.secondPlaceLabel.setText(u"")
        self.secondPlaceLabel.setWordWrap(True)
        self.secondPlaceLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.copiesLayout.addWidget(self.secondPlaceLabel)

        self.copiesStatusLabel = QLabel(self.copiesGroup)
        self.copiesStatusLabel.setObjectName(u"copiesStatusLabel")
        self.copiesStatusLabel.setText(u"")
        self.copiesStatusLabel.setWordWrap(True)
        self.copiesStatusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.copiesLayout.addWidget(self.copiesStatusLabel)

        self.copiesNote = QLabel(self.copiesGroup)
        self.copiesNote.setObjectName(u"copiesNote")
        self.copiesNote.setWordWrap(True)
        self.copiesNote.setStyleSheet(u"color: #6b7480;")

        self.copiesLayout.addWidget(self.copiesNote)

        self.copiesButtons = QHBoxLayout()
        self.copiesButtons.setObjectName(u"copiesButtons")
        self.secondPlaceButton = QPushButton(self.copiesGroup)
        self.secondPlaceButton.setObjectName(u"secondPlaceButton")

        self.copiesButtons.addWidget(self.secondPlaceButton)

        self.forgetSecondButton = QPushButton(self.copiesGroup)
        self.forgetSecondButton.setObjectName(u"forgetSecondButton")

        self.copiesButtons.addWidget(self.forgetSecondButton)

        self.restoreButton = QPushButton(self.copiesGroup)
        self.restoreButton.setObjectName(u"restoreButton")

        self.copiesButtons.addWidget(self.restoreButton)

        self.copiesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.copiesButtons.addItem(self.copiesSpacer)


        self.copiesLayout.addLayout(self.copiesButtons)


        self.mainLayout.addWidget(self.copiesGroup)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.versionLabel = QLabel(SettingsScreen)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.versionLabel)

#if QT_CONFIG(shortcut)
        self.nameCaption.setBuddy(self.nameEdit)
        self.codeCaption.setBuddy(self.codeEdit)
        self.unitCaption.setBuddy(self.unitCombo)
        self.languageCaption.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.codeEdit)
        QWidget.setTabOrder(self.codeEdit, self.saveProfileButton)
        QWidget.setTabOrder(self.saveProfileButton, self.revertProfileButton)
        QWidget.setTabOrder(self.revertProfileButton, self.unitCombo)
        QWidget.setTabOrder(self.unitCombo, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.newButton)
        QWidget.setTabOrder(self.newButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.demoButton)
        QWidget.setTabOrder(self.demoButton, self.backupButton)
        QWidget.setTabOrder(self.backupButton, self.secondPlaceButton)
        QWidget.setTabOrder(self.secondPlaceButton, self.forgetSecondButton)
        QWidget.setTabOrder(self.forgetSecondButton, self.restoreButton)

        self.retranslateUi(SettingsScreen)

        QMetaObject.connectSlotsByName(SettingsScreen)
    # setupUi

    def retranslateUi(self, SettingsScreen):
        self.titleLabel.setText(QCoreApplication.translate("SettingsScreen", u"Settings", None))
        self.profileGroup.setTitle(QCoreApplication.translate("SettingsScreen", u"Enterprise profile", None))
        self.nameCaption.setText(QCoreApplication.translate("SettingsScreen", u"Enterprise &name:", None))
        self.codeCaption.setText(QCoreApplication.translate("SettingsScreen", u"Credit c&ode:", None))
        self.saveProfileButton.setText(QCoreApplication.translate("SettingsScreen", u"&Save profile", None))
        self.revertProfileButton.setText(QCoreApplication.translate("SettingsScreen", u"&Undo changes", None))
        self.profileNote.setText(QCoreApplication.translate("SettingsScreen", u"Printed on every monthly report. Changes are recorded in the audit log; reports already written keep the profile they were made with.", None))
        self.displayGroup.setTitle(QCoreApplication.translate("SettingsScreen", u"Display", None))
        self.unitCaption.setText(QCoreApplication.translate("SettingsScreen", u"Mass &unit:", None))
        self.unitCombo.setItemText(0, QCoreApplication.translate("SettingsScreen", u"Kilograms (kg)", None))
        self.unitCombo.setItemText(1, QCoreApplication.translate("SettingsScreen", u"Tonnes (t)", None))

        self.languageCaption.setText(QCoreApplication.translate("SettingsScreen", u"&Language:", None))
        self.languageCombo.setItemText(0, QCoreApplication.translate("SettingsScreen", u"Follow the system", None))

        self.databaseGroup.setTitle(QCoreApplication.translate("SettingsScreen", u"Database file", None))
        self.databaseNote.setText(QCoreApplication.translate("SettingsScreen", u"One file holds the whole ledger. REE Desk copies it, checked, on the first start of each day and before a month is closed or reopened, and keeps the newest 30 copies in the folder shown above. Keep that folder with the enterprise's backups too.", None))
        self.newButton.setText(QCoreApplication.translate("SettingsScreen", u"&New\u2026", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("SettingsScreen", u"Create a database for an enterprise", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("SettingsScreen", u"O&pen\u2026", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("SettingsScreen", u"Open another REE Desk database file", None))
#endif // QT_CONFIG(tooltip)
        self.demoButton.setText(QCoreApplication.translate("SettingsScreen", u"Open the &demo", None))
#if QT_CONFIG(tooltip)
        self.demoButton.setToolTip(QCoreApplication.translate("SettingsScreen", u"A sample plant to look around or to train; built the first time", None))
#endif // QT_CONFIG(tooltip)
        self.backupButton.setText(QCoreApplication.translate("SettingsScreen", u"&Back up now", None))
#if QT_CONFIG(tooltip)
        self.backupButton.setToolTip(QCoreApplication.translate("SettingsScreen", u"Copy the database now, checked, into its backup folder", None))
#endif // QT_CONFIG(tooltip)
        self.copiesGroup.setTitle(QCoreApplication.translate("SettingsScreen", u"Copies elsewhere and restoring", None))
        self.copiesNote.setText(QCoreApplication.translate("SettingsScreen", u"A second place (a folder on a USB disk or a network share) gets a copy of every backup whenever it can be reached, so that one failed disk does not take the ledger and its copies together. Restoring puts a checked copy in place of the database; the database it replaces is kept beside it.", None))
        self.secondPlaceButton.setText(QCoreApplication.translate("SettingsScreen", u"&Second place\u2026", None))
#if QT_CONFIG(tooltip)
        self.secondPlaceButton.setToolTip(QCoreApplication.translate("SettingsScreen", u"Choose a folder on a USB disk or a network share for a second copy of every backup", None))
#endif // QT_CONFIG(tooltip)
        self.forgetSecondButton.setText(QCoreApplication.translate("SettingsScreen", u"Stop using it", None))
#if QT_CONFIG(tooltip)
        self.forgetSecondButton.setToolTip(QCoreApplication.translate("SettingsScreen", u"Make copies only beside the database from now on", None))
#endif // QT_CONFIG(tooltip)
        self.restoreButton.setText(QCoreApplication.translate("SettingsScreen", u"&Restore from a copy\u2026", None))
#if QT_CONFIG(tooltip)
        self.restoreButton.setToolTip(QCoreApplication.translate("SettingsScreen", u"Put a checked copy in place of the database, keeping the database it replaces", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

