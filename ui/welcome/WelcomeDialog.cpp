#include "welcome/WelcomeDialog.h"

#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace tollgate
{

WelcomeDialog::WelcomeDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Welcome to Tollgate"));
    auto* title = new QLabel(tr("<h2>Welcome to Tollgate</h2>"));
    auto* intro = new QLabel(
        tr("Tollgate screens chip companies with the fund's two questions: is the market big "
           "enough, and can cost come down to a profitable level within a visible time? "
           "Start with the sample portfolio to see how it works, or with an empty database."));
    intro->setWordWrap(true);

    auto* sample = new QCommandLinkButton(
        tr("Open the sample portfolio"),
        tr("About 40 fictional projects across the ten segments, with scorecards and meetings."));
    sample->setObjectName(QStringLiteral("sampleButton"));
    auto* empty = new QCommandLinkButton(tr("Create an empty database…"),
                                         tr("Choose where to keep your own pipeline."));
    empty->setObjectName(QStringLiteral("newButton"));
    auto* open = new QCommandLinkButton(tr("Open a database…"),
                                        tr("A Tollgate file you or a colleague made."));
    open->setObjectName(QStringLiteral("openButton"));
    connect(sample, &QCommandLinkButton::clicked, this, [this] { choose(Choice::Sample); });
    connect(empty, &QCommandLinkButton::clicked, this, [this] { choose(Choice::NewDatabase); });
    connect(open, &QCommandLinkButton::clicked, this, [this] { choose(Choice::OpenDatabase); });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &WelcomeDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(sample);
    layout->addWidget(empty);
    layout->addWidget(open);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(520);
    sample->setFocus();
}

void WelcomeDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

} // namespace tollgate
