"""One calm look for every screen: soft colours, generous spacing, readable type."""

STYLE = """
QWidget { font-size: 11pt; }
QMainWindow, QStackedWidget#pages { background: #f7f5f2; }
QLabel#title { font-size: 18pt; font-weight: 600; color: #2f3b45; }
QLabel#subtitle { font-size: 12pt; color: #4a5661; }
QLabel#hint { color: #5b6770; }
QLabel#error { color: #8a4b2f; }
QLabel#card, QFrame#card { background: #ffffff; border: 1px solid #e3ddd5; border-radius: 8px; padding: 14px; }
QLabel#prompt { font-size: 14pt; color: #2f3b45; }
QLabel#code { font-family: monospace; font-size: 16pt; letter-spacing: 2px; background: #ffffff;
              border: 1px dashed #b9b0a4; border-radius: 6px; padding: 12px; }
QListWidget#nav { background: #ece8e2; border: none; padding-top: 8px; min-width: 130px; max-width: 160px; }
QListWidget#nav::item { padding: 10px 14px; border-radius: 6px; margin: 2px 6px; color: #2f3b45; }
QListWidget#nav::item:selected { background: #d9e4e8; color: #1f2b33; }
QPushButton { padding: 6px 14px; border-radius: 6px; border: 1px solid #c9c1b6; background: #ffffff; }
QPushButton:hover { background: #f0ece6; }
QPushButton:disabled { color: #a29a90; }
QPushButton#primary { background: #4f7a8a; color: white; border: 1px solid #456c7a; }
QPushButton#primary:hover { background: #456c7a; }
QPushButton#primary:disabled { background: #a9bcc3; border-color: #a9bcc3; }
QLineEdit, QTextEdit, QPlainTextEdit {
    background: #ffffff; border: 1px solid #d6cfc6; border-radius: 5px; padding: 4px; }
/* Combo boxes, spin boxes and date editors keep the platform's own look: a border rule
   here would hide their arrow buttons. */
QTextEdit#body { padding: 8px; font-size: 12pt; }
"""
