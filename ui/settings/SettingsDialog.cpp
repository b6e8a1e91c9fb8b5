#include "settings/SettingsDialog.h"

#include "session/Session.h"
#include "settings/AppSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace tollgate
{

namespace
{
QDoubleSpinBox* gateBox(double value, const QString& objectName, const QString& accessible)
{
    auto* box = new QDoubleSpinBox;
    box->setObjectName(objectName);
    box->setAccessibleName(accessible);
    box->setRange(0, 100);
    box->setDecimals(1);
    box->setValue(value);
    return box;
}
} // namespace

SettingsDialog::SettingsDialog(Session* session, QWidget* parent)
    : QDialog(parent), m_session(session), m_analyst(new QLineEdit), m_language(new QComboBox),
      m_currency(new QComboBox), m_fundName(new QLineEdit), m_error(new QLabel)
{
    setWindowTitle(tr("Settings"));

    m_analyst->setObjectName(QStringLiteral("analystEdit"));
    m_analyst->setAccessibleName(tr("Analyst name"));
    m_analyst->setText(session ? session->analyst() : AppSettings::analyst());
    m_analyst->setPlaceholderText(tr("your name, as it appears on scorecards"));

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(AppSettings::language())));

    m_currency->setObjectName(QStringLiteral("currencyCombo"));
    m_currency->setAccessibleName(tr("Money display"));
    m_currency->addItem(tr("CNY (¥1,200,000,000)"), static_cast<int>(CurrencyDisplay::Cny));
    m_currency->addItem(tr("亿元 (12.00 亿元)"), static_cast<int>(CurrencyDisplay::HundredMillion));
    m_currency->addItem(tr("bn CNY (1.20 bn CNY)"), static_cast<int>(CurrencyDisplay::Billion));
    m_currency->setCurrentIndex(
        m_currency->findData(static_cast<int>(AppSettings::currencyDisplay())));

    m_fundName->setObjectName(QStringLiteral("fundNameEdit"));
    m_fundName->setAccessibleName(tr("Fund name"));
    m_fundName->setText(AppSettings::fundName());
    m_fundName->setPlaceholderText(tr("printed at the head of every memo"));

    auto* general = new QFormLayout;
    general->addRow(tr("&Analyst"), m_analyst);
    general->addRow(tr("&Language"), m_language);
    auto* restartNote = new QLabel(tr("A new language applies when Tollgate starts again."));
    restartNote->setForegroundRole(QPalette::PlaceholderText);
    general->addRow(QString(), restartNote);
    general->addRow(tr("&Money"), m_currency);
    general->addRow(tr("&Fund name"), m_fundName);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(general);

    if (session) {
        const Result<Template> t = session->portfolio().currentTemplate();
        if (t) {
            m_marketGate =
                gateBox(t->marketGate, QStringLiteral("marketGateSpin"), tr("Market gate"));
            m_costGate = gateBox(t->costGate, QStringLiteral("costGateSpin"), tr("Cost gate"));
            auto* gates =
                new QGroupBox(tr("Gates of the scoring template (version %1)").arg(t->version));
            auto* gatesLayout = new QFormLayout(gates);
            gatesLayout->addRow(tr("Ma&rket gate (M ≥)"), m_marketGate);
            gatesLayout->addRow(tr("C&ost gate (C ≥)"), m_costGate);
            auto* note = new QLabel(tr("Changing a gate stores a new template version and "
                                       "re-evaluates every project."));
            note->setWordWrap(true);
            note->setForegroundRole(QPalette::PlaceholderText);
            gatesLayout->addRow(note);
            layout->addWidget(gates);
        }
    }

    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    const QString analyst = m_analyst->text().trimmed();
    if (analyst.isEmpty()) {
        m_error->setText(tr("Enter your name: scorecards and the history record it."));
        m_error->show();
        m_analyst->setFocus();
        return;
    }
    if (m_session && m_marketGate) {
        Result<Template> t = m_session->portfolio().currentTemplate();
        if (t && (t->marketGate != m_marketGate->value() || t->costGate != m_costGate->value())) {
            t->marketGate = m_marketGate->value();
            t->costGate = m_costGate->value();
            const Result<qint64> saved = m_session->portfolio().saveTemplateVersion(*t, analyst);
            if (!saved) {
                m_error->setText(saved.error().message);
                m_error->show();
                return;
            }
            m_session->notifyProjectsReset();
        }
    }
    AppSettings::setAnalyst(analyst);
    AppSettings::setFundName(m_fundName->text());
    AppSettings::setLanguage(m_language->currentData().toString());
    AppSettings::setCurrencyDisplay(
        static_cast<CurrencyDisplay>(m_currency->currentData().toInt()));
    if (m_session)
        m_session->setAnalyst(analyst);
    QDialog::accept();
}

} // namespace tollgate
