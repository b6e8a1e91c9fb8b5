#pragma once

#include "core/Result.h"
#include "domain/Project.h"
#include "domain/Segment.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QCompleter;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace tollgate
{

// Every field of a project (SPEC §2) with validation at the field: a bad value is marked
// with its reason under the field and is never part of the project this form hands out; the
// other fields keep working. Used live in the project detail (each committed field emits
// edited()) and in the new-project dialog.
class ProjectFieldsForm : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectFieldsForm(QWidget* parent = nullptr);

    void setSegments(const QList<Segment>& segments);
    void setAnalysts(const QStringList& analysts); // completions for the lead analyst
    // Shows a project. Fields whose stored value did not change keep what is typed in them,
    // unless `discardTyping` (after an edit was refused or the other version was kept).
    void setProject(const Project& project, bool discardTyping = false);
    const Project& loadedProject() const { return m_loaded; }

    // The loaded project with every valid typed value; each bad field keeps its loaded value
    // and is listed in `problems` (and marked on screen).
    Project typedProject(QList<Error>* problems = nullptr);
    // The reason shown under a field ("name", "valuation_cny", …), empty when it is valid.
    QString fieldError(const QString& field) const;

signals:
    // A field was committed (Return, focus out, a choice) and the valid values differ from the
    // loaded project: `field` names what changed for the undo text.
    void edited(const Project& project, const QString& field);

private:
    QLineEdit* addLine(const QString& field, const QString& label, const QString& objectName);
    void addRow(const QString& field, const QString& label, QWidget* editor);
    void commit(const QString& field);
    void markError(const QString& field, const QString& message);
    void updateMoneyHints();
    bool eventFilter(QObject* watched, QEvent* event) override;

    QFormLayout* m_layout;
    QLineEdit* m_name;
    QComboBox* m_segment;
    QComboBox* m_stage;
    QLineEdit* m_round;
    QLineEdit* m_valuation;
    QLineEdit* m_ask;
    QLabel* m_valuationHint;
    QLabel* m_askHint;
    QLineEdit* m_city;
    QLineEdit* m_founded;
    QPlainTextEdit* m_description;
    QLineEdit* m_tags;
    QLineEdit* m_leadAnalyst;
    QCompleter* m_analystCompleter;
    QComboBox* m_exitRoute;
    QLineEdit* m_expectedExit;
    QLineEdit* m_fundEnd;
    QCheckBox* m_dominant;
    QHash<QString, QWidget*> m_editors;    // by field key
    QHash<QString, QLabel*> m_errorLabels; // by field key
    Project m_loaded;
};

} // namespace tollgate
