export class DeviceClassifier {
  private readonly mobile = /^Mozilla\/5\.0 \(((\w|\s|;|\.)+\s?)+\) .*Mobile/;

  classify(ua: string): 'mobile' | 'desktop' {
    return this.mobile.test(ua) ? 'mobile' : 'desktop'; // cg-expect: CWE-1333
  }
}
