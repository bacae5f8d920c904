String log = new File(basedir, 'build.log').text
assert log.contains('[INFO] integrity: skipped common: no entity classes in it or its dependencies')
assert log.contains('[WARNING] integrity: skipped service: 1 entity classes but no migrations found:')
assert log.contains('no module of this build depends on it, so its entities are not checked')
assert log.contains('[WARNING] integrity: no module of this build was checked: every module was skipped')
assert log.indexOf('[WARNING] integrity: no module of this build was checked') > log.indexOf('integrity: skipped service')
true
