#pragma once

#include <QMainWindow>

namespace tollgate
{

// The application's main window. A placeholder until the desktop-app work fills it.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace tollgate
