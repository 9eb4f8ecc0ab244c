#include "ui/window/banner.h"

#include "ui/style/theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace wsdash {

Banner::Banner(const QString& name, const QString& accessibleName, const QString& textName,
               Look look, QWidget* parent)
    : QFrame(parent)
    , m_look(look)
{
    setObjectName(name);
    setAccessibleName(accessibleName);
    setAutoFillBackground(true);
    setFrameShape(QFrame::StyledPanel);
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(10, 6, 10, 6);
    m_icon = new QLabel(this);
    m_icon->setFixedSize(20, 20);
    m_text = new QLabel(this);
    m_text->setObjectName(textName);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->addWidget(m_icon, 0, Qt::AlignTop);
    m_layout->addWidget(m_text, 1);
    updateColors();
    setVisible(false);
}

Banner::~Banner() = default;

QPushButton* Banner::addButton(const QString& label, const QString& objectName,
                               Qt::Alignment alignment)
{
    auto* button = new QPushButton(label, this);
    button->setObjectName(objectName);
    m_layout->addWidget(button, 0, alignment);
    return button;
}

QString Banner::text() const
{
    return m_text->text();
}

void Banner::setText(const QString& html)
{
    m_text->setText(html);
}

void Banner::clearText()
{
    m_text->clear();
}

void Banner::updateColors()
{
    QPalette p = palette();
    p.setColor(QPalette::Window, m_look.background(palette()));
    setPalette(p);
    m_icon->setPixmap(
        m_look.icon(Theme::isDark(palette())).pixmap(QSize(20, 20), devicePixelRatioF()));
}

void Banner::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        // Setting our own Window colour sends a PaletteChange too: only react to real changes.
        if (palette().color(QPalette::Window) != m_look.background(palette()))
            updateColors();
    }
}

} // namespace wsdash
