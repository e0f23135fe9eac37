# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'allocation.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_AllocationDialog(object):
    def setupUi(self, AllocationDialog):
        if not AllocationDialog.objectName():
            AllocationDialog.setObjectName(u"AllocationDialog")
        AllocationDialog.resize(480, 340)
        self.rootLayout = QVBoxLayout(AllocationDialog)
        self.rootLayout.setSpacing(10)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(16, 14, 16, 12)
        self.introLabel = QLabel(AllocationDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setText(u"")
        self.introLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.yearLabel = QLabel(AllocationDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(AllocationDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.yearSpin.sizePolicy().hasHeightForWidth())
        self.yearSpin.setSizePolicy(sizePolicy)
        self.yearSpin.setMinimumSize(QSize(120, 0))
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)
        self.yearSpin.setValue(2026)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.kindLabel = QLabel(AllocationDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(AllocationDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.scopeLabel = QLabel(AllocationDialog)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.scopeLabel)

        self.scopeCombo = QComboBox(AllocationDialog)
        self.scopeCombo.setObjectName(u"scopeCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.scopeCombo)

        self.tonnesLabel = QLabel(AllocationDialog)
        self.tonnesLabel.setObjectName(u"tonnesLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.tonnesLabel)

        self.tonnesEdit = QLineEdit(AllocationDialog)
        self.tonnesEdit.setObjectName(u"tonnesEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.tonnesEdit)

        self.batchLabel = QLabel(AllocationDialog)
        self.batchLabel.setObjectName(u"batchLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.batchLabel)

        self.batchSpin = QSpinBox(AllocationDialog)
        self.batchSpin.setObjectName(u"batchSpin")
        sizePolicy.setHeightForWidth(self.batchSpin.sizePolicy().hasHeightForWidth())
        self.batchSpin.setSizePolicy(sizePolicy)
        self.batchSpin.setMinimumSize(QSize(120, 0))
        self.batchSpin.setMinimum(0)
        self.batchSpin.setMaximum(99)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.batchSpin)

        self.documentLabel = QLabel(AllocationDialog)
        self.documentLabel.setObjectName(u"documentLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.documentLabel)

        self.documentEdit = QLineEdit(AllocationDialog)
        self.documentEdit.setObjectName(u"documentEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.documentEdit)

        self.reasonLabel = QLabel(AllocationDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(AllocationDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.rootLayout.addLayout(self.formLayout)

        self.problemLabel = QLabel(AllocationDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setText(u"")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.rootLayout.addWidget(self.problemLabel)

        self.bottomSpacer = QSpacerItem(10, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rootLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(AllocationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.rootLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.kindLabel.setBuddy(self.kindCombo)
        self.scopeLabel.setBuddy(self.scopeCombo)
        self.tonnesLabel.setBuddy(self.tonnesEdit)
        self.batchLabel.setBuddy(self.batchSpin)
        self.documentLabel.setBuddy(self.documentEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearSpin, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.scopeCombo)
        QWidget.setTabOrder(self.scopeCombo, self.tonnesEdit)
        QWidget.setTabOrder(self.tonnesEdit, self.batchSpin)
        QWidget.setTabOrder(self.batchSpin, self.documentEdit)
        QWidget.setTabOrder(self.documentEdit, self.reasonEdit)

        self.retranslateUi(AllocationDialog)
        self.buttonBox.rejected.connect(AllocationDialog.reject)

        QMetaObject.connectSlotsByName(AllocationDialog)
    # setupUi

    def retranslateUi(self, AllocationDialog):
        AllocationDialog.setWindowTitle(QCoreApplication.translate("AllocationDialog", u"Quota allocation", None))
        self.yearLabel.setText(QCoreApplication.translate("AllocationDialog", u"&Year:", None))
        self.kindLabel.setText(QCoreApplication.translate("AllocationDialog", u"&Quota:", None))
        self.scopeLabel.setText(QCoreApplication.translate("AllocationDialog", u"&Origin scope:", None))
        self.tonnesLabel.setText(QCoreApplication.translate("AllocationDialog", u"&Tonnes REO:", None))
        self.tonnesEdit.setPlaceholderText(QCoreApplication.translate("AllocationDialog", u"e.g. 1,250.5", None))
        self.batchLabel.setText(QCoreApplication.translate("AllocationDialog", u"&Batch:", None))
        self.batchSpin.setSpecialValueText(QCoreApplication.translate("AllocationDialog", u"next batch", None))
        self.documentLabel.setText(QCoreApplication.translate("AllocationDialog", u"&Document:", None))
        self.documentEdit.setPlaceholderText(QCoreApplication.translate("AllocationDialog", u"the notice that allocates it, e.g. \u5de5\u4fe1\u90e8\u8054\u539f\u30142026\u301547\u53f7", None))
        self.reasonLabel.setText(QCoreApplication.translate("AllocationDialog", u"&Reason:", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("AllocationDialog", u"why the allocation changes (kept in the audit trail)", None))
    # retranslateUi

