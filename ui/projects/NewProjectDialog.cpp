#include "projects/NewProjectDialog.h"

#include "projects/ProjectFieldsForm.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tollgate
{

NewProjectDialog::NewProjectDialog(const QList<Segment>& segments, const QStringList& analysts,
                                   const Project& defaults, QWidget* parent)
    : QDialog(parent), m_form(new ProjectFieldsForm)
{
    setWindowTitle(tr("New project"));
    m_form->setSegments(segments);
    m_form->setAnalysts(analysts);
    m_form->setProject(defaults);

    auto* scroll = new QScrollArea;
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewProjectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewProjectDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(buttons);
    resize(560, 640);
    if (auto* name = m_form->findChild<QLineEdit*>(QStringLiteral("nameEdit")))
        name->setFocus();
}

void NewProjectDialog::accept()
{
    QList<Error> problems;
    const Project p = m_form->typedProject(&problems);
    if (!problems.isEmpty())
        return; // the bad fields are marked; the dialog stays open
    m_project = p;
    QDialog::accept();
}

} // namespace tollgate
