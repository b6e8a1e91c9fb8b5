#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QStringListModel;

namespace tollgate
{

class Session;

// File ▸ Import: checks the file first (a dry run that writes nothing) and lists what it found
// — how many projects and scorecards, or every bad row with its line and reason — then imports
// it in one transaction when the analyst says so. Both steps run off the GUI thread on their
// own database connection.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(Session* session, const QString& path, QWidget* parent = nullptr);

    // Runs the dry run (also done when the dialog opens). Returns whether the file can be
    // imported as the options stand.
    bool check();
    // Imports; true on success (the dialog then closes).
    bool runImport();

    QStringList messages() const; // what the report list shows, for tests

private:
    void showReport(const QString& summary, const QStringList& lines, bool importable);

    Session* m_session;
    QString m_path;
    QLabel* m_summary;
    QComboBox* m_encoding;
    QCheckBox* m_skipInvalid;
    QStringListModel* m_lines;
    QListView* m_list;
    QPushButton* m_import;
};

} // namespace tollgate
