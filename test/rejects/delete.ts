// delete changes an object's shape at run time; C++ objects have a fixed layout.
interface Options {
  verbose?: boolean;
}
const options: Options = { verbose: true };
/*@error TSD2102 delete*/delete options.verbose;
console.log(options.verbose === undefined);
