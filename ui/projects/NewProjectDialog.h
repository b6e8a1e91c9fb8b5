#pragma once

#include "domain/Project.h"
#include "domain/Segment.h"

#include <QDialog>

namespace tollgate
{

class ProjectFieldsForm;

// Ctrl+N: the project fields for a new project. OK stays disabled in effect until every field
// is valid: pressing it with a bad field marks the field and keeps the dialog open.
class NewProjectDialog : public QDialog
{
    Q_OBJECT
public:
    NewProjectDialog(const QList<Segment>& segments, const QStringList& analysts,
                     const Project& defaults, QWidget* parent = nullptr);

    Project project() const { return m_project; }
    ProjectFieldsForm* form() const { return m_form; }

    void accept() override;

private:
    ProjectFieldsForm* m_form;
    Project m_project;
};

} // namespace tollgate
