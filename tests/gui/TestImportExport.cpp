// File ▸ Import and Export through the real dialog: the dry run lists bad rows and imports
// nothing, "skip invalid" imports the good ones, and export then import carries the projects.

#include "GuiTestSupport.h"
#include "files/FileCommands.h"
#include "files/ImportDialog.h"
#include "mainwindow/MainWindow.h"
#include "models/ProjectTableModel.h"
#include "projects/ProjectsPage.h"
#include "session/Session.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>

using namespace tollgate;

class TestImportExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(bytes);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::useTemporarySettings(m_dir);
    }

    void aDryRunListsBadRowsAndImportsNothing()
    {
        MainWindow window;
        QVERIFY(window
                    .openDatabase(m_dir.filePath(QStringLiteral("a.tollgate")),
                                  OpenMode::CreateIfMissing)
                    .ok());
        const QString csv = writeFile(QStringLiteral("deals.csv"),
                                      QStringLiteral("name,segment,city,M1\n"
                                                     "触联科技 TactiLink,传感器,深圳,4\n"
                                                     "Bad Row,sensors,上海,7\n"
                                                     "晶材 CrystalMat,materials,苏州,\n")
                                          .toUtf8());
        ImportDialog dialog(window.session(), csv, &window);
        QVERIFY(!dialog.check());
        const QStringList report = dialog.messages();
        QVERIFY2(report.join(QLatin1Char('\n')).contains(QStringLiteral("line 3")),
                 qPrintable(report.join(QLatin1Char('\n'))));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
        QCOMPARE(window.session()->portfolio().projectSummaries()->size(), 0);

        // Skipping the bad row makes the file importable; the import lands in the table.
        dialog.findChild<QCheckBox*>(QStringLiteral("skipInvalidCheck"))->setChecked(true);
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("importSummary"))
                    ->text()
                    .contains(QStringLiteral("2 project")));
        QCOMPARE(window.session()->portfolio().projectSummaries()->size(), 0); // still a dry run
        QVERIFY(dialog.runImport());
        QCOMPARE(window.session()->portfolio().projectSummaries()->size(), 2);
        QCOMPARE(window.projectsPage()->tableModel()->rowCount(), 2);
    }

    void exportThenImportCarriesTheProjects()
    {
        const QString source = m_dir.filePath(QStringLiteral("source.tollgate"));
        {
            auto p = Portfolio::open(source, OpenMode::CreateIfMissing);
            QVERIFY(p.ok());
            const Template t = *(*p)->currentTemplate();
            for (int i = 0; i < 3; ++i) {
                const auto id = (*p)->createProject(
                    test::project(QStringLiteral("项目 %1").arg(i), QStringLiteral("eda-ip")),
                    QStringLiteral("t"));
                QVERIFY(id.ok());
                QVERIFY(
                    (*p)->addScorecard(test::fullScorecard(t, *id, QStringLiteral("林晓"), 4, 3),
                                       QStringLiteral("t"))
                        .ok());
            }
        }
        MainWindow from;
        QVERIFY(from.openDatabase(source, OpenMode::ExistingOnly).ok());
        const QString json = m_dir.filePath(QStringLiteral("all.json"));
        const QString csv = m_dir.filePath(QStringLiteral("all.csv"));
        QVERIFY(FileCommands::exportTo(&from, *from.session(), json).ok());
        QVERIFY(FileCommands::exportTo(&from, *from.session(), csv).ok());
        QVERIFY(QFileInfo(csv).size() > 0);

        MainWindow to;
        QVERIFY(to.openDatabase(m_dir.filePath(QStringLiteral("target.tollgate")),
                                OpenMode::CreateIfMissing)
                    .ok());
        ImportDialog dialog(to.session(), json, &to);
        QVERIFY(dialog.check());
        QVERIFY(dialog.runImport());
        const auto imported = to.session()->portfolio().projectSummaries();
        QCOMPARE(imported->size(), 3);
        for (const ProjectSummary& s : *imported)
            QCOMPARE(s.verdict, Verdict::Pursue);
        QCOMPARE(to.projectsPage()->tableModel()->rowCount(), 3);

        // A file that is not a project file is refused with a plain reason, nothing imported.
        ImportDialog wrong(to.session(), writeFile(QStringLiteral("notes.txt"), "hello"), &to);
        QVERIFY(!wrong.check());
        QVERIFY(!wrong.messages().isEmpty());
        QCOMPARE(to.session()->portfolio().projectSummaries()->size(), 3);
    }
};

QTEST_MAIN(TestImportExport)
#include "TestImportExport.moc"
