/** A set that remembers only the last `capacity` entries, so memory stays bounded. */
export class RecentSet {
  private readonly set = new Set<string>();
  private readonly ring: string[] = [];
  private next = 0;

  constructor(private readonly capacity: number) {}

  has(value: string): boolean {
    return this.set.has(value);
  }

  add(value: string): void {
    if (this.set.has(value)) return;
    if (this.ring.length < this.capacity) {
      this.ring.push(value);
    } else {
      this.set.delete(this.ring[this.next] as string);
      this.ring[this.next] = value;
      this.next = (this.next + 1) % this.capacity;
    }
    this.set.add(value);
  }
}
