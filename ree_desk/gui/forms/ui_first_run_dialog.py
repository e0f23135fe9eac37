# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QProgressBar, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(640, 640)
        self.mainLayout = QVBoxLayout(FirstRunDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(22, 20, 22, 16)
        self.headingLabel = QLabel(FirstRunDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        font = QFont()
        font.setPointSize(17)
        font.setBold(True)
        self.headingLabel.setFont(font)

        self.mainLayout.addWidget(self.headingLabel)

        self.introLabel = QLabel(FirstRunDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.createRadio = QRadioButton(FirstRunDialog)
        self.createRadio.setObjectName(u"createRadio")
        self.createRadio.setChecked(True)
        font1 = QFont()
        font1.setBold(True)
        self.createRadio.setFont(font1)

        self.mainLayout.addWidget(self.createRadio)

        self.createFields = QWidget(FirstRunDialog)
        self.createFields.setObjectName(u"createFields")
        self.createLayout = QFormLayout(self.createFields)
        self.createLayout.setObjectName(u"createLayout")
        self.createLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.createLayout.setHorizontalSpacing(12)
        self.createLayout.setVerticalSpacing(8)
        self.createLayout.setContentsMargins(26, 2, 0, 4)
        self.nameCaption = QLabel(self.createFields)
        self.nameCaption.setObjectName(u"nameCaption")

        self.createLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameCaption)

        self.nameEdit = QLineEdit(self.createFields)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.createLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.codeCaption = QLabel(self.createFields)
        self.codeCaption.setObjectName(u"codeCaption")

        self.createLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.codeCaption)

        self.codeEdit = QLineEdit(self.createFields)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(24)

        self.createLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.codeStatusLabel = QLabel(self.createFields)
        self.codeStatusLabel.setObjectName(u"codeStatusLabel")
        self.codeStatusLabel.setText(u"")
        self.codeStatusLabel.setWordWrap(True)

        self.createLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.codeStatusLabel)

        self.pathCaption = QLabel(self.createFields)
        self.pathCaption.setObjectName(u"pathCaption")

        self.createLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pathCaption)

        self.pathLayout = QHBoxLayout()
        self.pathLayout.setObjectName(u"pathLayout")
        self.pathEdit = QLineEdit(self.createFields)
        self.pathEdit.setObjectName(u"pathEdit")

        self.pathLayout.addWidget(self.pathEdit)

        self.browseButton = QPushButton(self.createFields)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.pathLayout.addWidget(self.browseButton)


        self.createLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.pathLayout)


        self.mainLayout.addWidget(self.createFields)

        self.demoRadio = QRadioButton(FirstRunDialog)
        self.demoRadio.setObjectName(u"demoRadio")
        self.demoRadio.setFont(font1)

        self.mainLayout.addWidget(self.demoRadio)

        self.demoLabel = QLabel(FirstRunDialog)
        self.demoLabel.setObjectName(u"demoLabel")
        self.demoLabel.setWordWrap(True)
        self.demoLabel.setIndent(26)

        self.mainLayout.addWidget(self.demoLabel)

        self.serverRadio = QRadioButton(FirstRunDialog)
        self.serverRadio.setObjectName(u"serverRadio")
        self.serverRadio.setFont(font1)

        self.mainLayout.addWidget(self.serverRadio)

        self.serverLabel = QLabel(FirstRunDialog)
        self.serverLabel.setObjectName(u"serverLabel")
        self.serverLabel.setWordWrap(True)
        self.serverLabel.setIndent(26)

        self.mainLayout.addWidget(self.serverLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.errorLabel = QLabel(FirstRunDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.progressLayout = QHBoxLayout()
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressLabel = QLabel(FirstRunDialog)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setText(u"")

        self.progressLayout.addWidget(self.progressLabel)

        self.progressBar = QProgressBar(FirstRunDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setTextVisible(False)
        self.progressBar.setMaximumHeight(14)

        self.progressLayout.addWidget(self.progressBar)


        self.mainLayout.addLayout(self.progressLayout)

        self.buttonBox = QDialogButtonBox(FirstRunDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameCaption.setBuddy(self.nameEdit)
        self.codeCaption.setBuddy(self.codeEdit)
        self.pathCaption.setBuddy(self.pathEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.createRadio, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.codeEdit)
        QWidget.setTabOrder(self.codeEdit, self.pathEdit)
        QWidget.setTabOrder(self.pathEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.demoRadio)
        QWidget.setTabOrder(self.demoRadio, self.serverRadio)

        self.retranslateUi(FirstRunDialog)
        self.buttonBox.rejected.connect(FirstRunDialog.reject)

        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"REE Desk", None))
        self.headingLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Welcome to REE Desk", None))
        self.introLabel.setText(QCoreApplication.translate("FirstRunDialog", u"REE Desk keeps the enterprise's rare-earth product-flow ledger, its quotas and its monthly reports. Start with the enterprise's own database, connect to the one the plant's workstations share on its server, or look around in the demo first.", None))
        self.createRadio.setText(QCoreApplication.translate("FirstRunDialog", u"&Create the enterprise's database", None))
        self.nameCaption.setText(QCoreApplication.translate("FirstRunDialog", u"Enterprise &name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"As on the business licence", None))
        self.codeCaption.setText(QCoreApplication.translate("FirstRunDialog", u"Credit c&ode:", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"Unified social credit code, 18 characters", None))
        self.pathCaption.setText(QCoreApplication.translate("FirstRunDialog", u"Database &file:", None))
        self.browseButton.setText(QCoreApplication.translate("FirstRunDialog", u"&Browse\u2026", None))
        self.demoRadio.setText(QCoreApplication.translate("FirstRunDialog", u"Open the &demo database", None))
        self.demoLabel.setText(QCoreApplication.translate("FirstRunDialog", u"A sample smelting-separation plant with a year of receipts, production, shipments, quotas and closed months, to look around or to train. It is built on this computer the first time, in a few seconds.", None))
        self.serverRadio.setText(QCoreApplication.translate("FirstRunDialog", u"Connect to the plant's &server", None))
        self.serverLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Where several workstations share one ledger on the plant's PostgreSQL server. The server's administrator gives you its address, the database's name and your user name.", None))
    # retranslateUi

