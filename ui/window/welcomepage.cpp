#include "ui/window/welcomepage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace wsdash {

namespace {

QPushButton* choiceButton(const QString& objectName, const QString& text, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setMinimumHeight(36);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return button;
}

QLabel* wrapped(const QString& objectName, const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

} // namespace

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* column = new QWidget(this);
    column->setFixedWidth(520);
    auto* layout = new QVBoxLayout(column);
    layout->setSpacing(10);

    auto* title = wrapped(QStringLiteral("welcomeTitle"), tr("Welcome to wsdash"), column);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);
    layout->addWidget(wrapped(QStringLiteral("welcomeIntro"),
                              tr("See how the desktops of a Huawei Cloud Workspace project are "
                                 "doing: assigned, logged in, running, in error. Choose how to "
                                 "start:"),
                              column));
    m_notice = wrapped(QStringLiteral("welcomeNotice"), QString(), column);
    m_notice->setVisible(false);
    layout->addWidget(m_notice);

    auto* demo = choiceButton(QStringLiteral("tryDemoButton"), tr("Try the &demo"), column);
    demo->setDefault(true);
    demo->setAutoDefault(true);
    layout->addWidget(demo);
    layout->addWidget(wrapped(QStringLiteral("demoHint"),
                              tr("A simulated project with a working morning, on this computer: "
                                 "nothing is sent anywhere."),
                              column));

    m_environment = choiceButton(QStringLiteral("useEnvironmentButton"),
                                 tr("Use the &keys from the environment"), column);
    m_environmentText = wrapped(QStringLiteral("environmentHint"), QString(), column);
    layout->addWidget(m_environment);
    layout->addWidget(m_environmentText);
    m_environment->setVisible(false);
    m_environmentText->setVisible(false);

    auto* add =
        choiceButton(QStringLiteral("addConnectionButton"), tr("&Add a connection…"), column);
    layout->addWidget(add);

    auto* import = new QToolButton(column);
    import->setObjectName(QStringLiteral("welcomeImportButton"));
    import->setText(tr("&Import…"));
    import->setPopupMode(QToolButton::InstantPopup);
    import->setToolButtonStyle(Qt::ToolButtonTextOnly);
    import->setMinimumHeight(36);
    import->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto* menu = new QMenu(import);
    QAction* fromEnv = menu->addAction(tr("From the environment (HUAWEICLOUD_SDK_*)"));
    QAction* fromSdk =
        menu->addAction(tr("From the SDK credentials file (~/.huaweicloud/credentials)"));
    QAction* fromKoo = menu->addAction(tr("From KooCLI (~/.hcloud/config.json)"));
    import->setMenu(menu);
    layout->addWidget(import);

    m_keys = wrapped(QStringLiteral("keyStorageLine"), QString(), column);
    m_keys->setForegroundRole(QPalette::PlaceholderText);
    layout->addSpacing(6);
    layout->addWidget(m_keys);

    // Centred by stretches, not by alignment, so that the wrapped lines get their full height.
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
    setFocusProxy(demo);

    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(add, &QPushButton::clicked, this, &WelcomePage::addConnectionRequested);
    connect(m_environment, &QPushButton::clicked, this,
            &WelcomePage::environmentConnectionRequested);
    connect(fromEnv, &QAction::triggered, this, &WelcomePage::importFromEnvironmentRequested);
    connect(fromSdk, &QAction::triggered, this, &WelcomePage::importFromSdkFileRequested);
    connect(fromKoo, &QAction::triggered, this, &WelcomePage::importFromKooCliRequested);
    setKeyStorage(QString());
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::setEnvironmentConnection(const QString& description)
{
    m_environmentText->setText(description);
    m_environment->setVisible(!description.isEmpty());
    m_environmentText->setVisible(!description.isEmpty());
}

void WelcomePage::setKeyStorage(const QString& where)
{
    m_keys->setText(
        where.isEmpty()
            ? tr("Secret keys of saved connections are kept in the system keychain, "
                 "never in files.")
            : tr("Secret keys of saved connections are kept in %1, never in files.").arg(where));
}

void WelcomePage::setNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

} // namespace wsdash
