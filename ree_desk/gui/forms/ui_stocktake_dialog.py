# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stocktake.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_StocktakeDialog(object):
    def setupUi(self, StocktakeDialog):
        if not StocktakeDialog.objectName():
            StocktakeDialog.setObjectName(u"StocktakeDialog")
        StocktakeDialog.resize(940, 620)
        self.mainLayout = QVBoxLayout(StocktakeDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 14, 16, 12)
        self.headingLabel = QLabel(StocktakeDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.headingLabel.setFont(font)

        self.mainLayout.addWidget(self.headingLabel)

        self.explainLabel = QLabel(StocktakeDialog)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explainLabel)

        self.chooseLayout = QHBoxLayout()
        self.chooseLayout.setSpacing(8)
        self.chooseLayout.setObjectName(u"chooseLayout")
        self.dayCaption = QLabel(StocktakeDialog)
        self.dayCaption.setObjectName(u"dayCaption")

        self.chooseLayout.addWidget(self.dayCaption)

        self.dayEdit = QDateEdit(StocktakeDialog)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setCalendarPopup(True)
        self.dayEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.chooseLayout.addWidget(self.dayEdit)

        self.gapAfterDay = QSpacerItem(12, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.chooseLayout.addItem(self.gapAfterDay)

        self.materialCaption = QLabel(StocktakeDialog)
        self.materialCaption.setObjectName(u"materialCaption")

        self.chooseLayout.addWidget(self.materialCaption)

        self.materialCombo = QComboBox(StocktakeDialog)
        self.materialCombo.setObjectName(u"materialCombo")
        self.materialCombo.setMinimumSize(QSize(250, 0))

        self.chooseLayout.addWidget(self.materialCombo)

        self.addMaterialButton = QPushButton(StocktakeDialog)
        self.addMaterialButton.setObjectName(u"addMaterialButton")
        self.addMaterialButton.setAutoDefault(False)

        self.chooseLayout.addWidget(self.addMaterialButton)

        self.gapAfterMaterial = QSpacerItem(12, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.chooseLayout.addItem(self.gapAfterMaterial)

        self.lotCaption = QLabel(StocktakeDialog)
        self.lotCaption.setObjectName(u"lotCaption")

        self.chooseLayout.addWidget(self.lotCaption)

        self.lotEdit = QLineEdit(StocktakeDialog)
        self.lotEdit.setObjectName(u"lotEdit")
        self.lotEdit.setMinimumSize(QSize(180, 0))

        self.chooseLayout.addWidget(self.lotEdit)

        self.addLotButton = QPushButton(StocktakeDialog)
        self.addLotButton.setObjectName(u"addLotButton")
        self.addLotButton.setAutoDefault(False)

        self.chooseLayout.addWidget(self.addLotButton)

        self.chooseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chooseLayout.addItem(self.chooseSpacer)


        self.mainLayout.addLayout(self.chooseLayout)

        self.linesView = QTableView(StocktakeDialog)
        self.linesView.setObjectName(u"linesView")
        self.linesView.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed|QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)
        self.linesView.setAlternatingRowColors(True)
        self.linesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.linesView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.linesView.setWordWrap(False)

        self.mainLayout.addWidget(self.linesView)

        self.tableActionsLayout = QHBoxLayout()
        self.tableActionsLayout.setObjectName(u"tableActionsLayout")
        self.summaryLabel = QLabel(StocktakeDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")

        self.tableActionsLayout.addWidget(self.summaryLabel)

        self.tableActionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tableActionsLayout.addItem(self.tableActionsSpacer)

        self.removeButton = QPushButton(StocktakeDialog)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setAutoDefault(False)

        self.tableActionsLayout.addWidget(self.removeButton)


        self.mainLayout.addLayout(self.tableActionsLayout)

        self.reasonLayout = QHBoxLayout()
        self.reasonLayout.setObjectName(u"reasonLayout")
        self.reasonCaption = QLabel(StocktakeDialog)
        self.reasonCaption.setObjectName(u"reasonCaption")

        self.reasonLayout.addWidget(self.reasonCaption)

        self.reasonEdit = QLineEdit(StocktakeDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaxLength(500)

        self.reasonLayout.addWidget(self.reasonEdit)


        self.mainLayout.addLayout(self.reasonLayout)

        self.errorLabel = QLabel(StocktakeDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errorLabel.setStyleSheet(u"QLabel { color: #b3261e; }")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(StocktakeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dayCaption.setBuddy(self.dayEdit)
        self.materialCaption.setBuddy(self.materialCombo)
        self.lotCaption.setBuddy(self.lotEdit)
        self.reasonCaption.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dayEdit, self.materialCombo)
        QWidget.setTabOrder(self.materialCombo, self.addMaterialButton)
        QWidget.setTabOrder(self.addMaterialButton, self.lotEdit)
        QWidget.setTabOrder(self.lotEdit, self.addLotButton)
        QWidget.setTabOrder(self.addLotButton, self.linesView)
        QWidget.setTabOrder(self.linesView, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.reasonEdit)

        self.retranslateUi(StocktakeDialog)
        self.buttonBox.rejected.connect(StocktakeDialog.reject)

        QMetaObject.connectSlotsByName(StocktakeDialog)
    # setupUi

    def retranslateUi(self, StocktakeDialog):
        StocktakeDialog.setWindowTitle(QCoreApplication.translate("StocktakeDialog", u"Stocktake", None))
        self.headingLabel.setText(QCoreApplication.translate("StocktakeDialog", u"Stocktake", None))
        self.explainLabel.setText(QCoreApplication.translate("StocktakeDialog", u"Type what you counted for each lot and press Enter to go to the next one. Lots whose count equals the books post nothing; every difference is posted as a stocktake adjustment dated on the stocktake day, with the reason below.", None))
        self.dayCaption.setText(QCoreApplication.translate("StocktakeDialog", u"Stocktake &day:", None))
        self.materialCaption.setText(QCoreApplication.translate("StocktakeDialog", u"&Material:", None))
        self.addMaterialButton.setText(QCoreApplication.translate("StocktakeDialog", u"Add all &lots", None))
#if QT_CONFIG(tooltip)
        self.addMaterialButton.setToolTip(QCoreApplication.translate("StocktakeDialog", u"Add every lot of this material that holds stock on the stocktake day", None))
#endif // QT_CONFIG(tooltip)
        self.lotCaption.setText(QCoreApplication.translate("StocktakeDialog", u"L&ot:", None))
        self.lotEdit.setPlaceholderText(QCoreApplication.translate("StocktakeDialog", u"Material / lot number", None))
        self.addLotButton.setText(QCoreApplication.translate("StocktakeDialog", u"&Add", None))
        self.removeButton.setText(QCoreApplication.translate("StocktakeDialog", u"&Remove selected lots", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("StocktakeDialog", u"Take the selected lots out of this stocktake (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.reasonCaption.setText(QCoreApplication.translate("StocktakeDialog", u"&Reason (required):", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("StocktakeDialog", u"For example: month-end count of warehouse 2, weighed on the new scale", None))
    # retranslateUi

