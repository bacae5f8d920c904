def check = evaluate(new File(basedir, '../../../../src/it/verify-report.groovy'))
def json = check(basedir, 'failed', [['MISSING_COLUMN', 'book', 'pages']])
assert json.differences[0].schema == 'library'
true
